using System.Globalization;
using Entente.Records;

namespace Entente.Output;

/// <summary>
/// PETRARCH2's batch event file (<c>evts.*</c>): one tab-separated line per event, <c>date source target code issues
/// sentence-id [url] outlet</c>, date as <c>YYYYMMDD</c>, no header. The <c>issues</c> column is empty (Entente codes
/// none) and <c>url</c> appears only for articles that have one. As in PETRARCH2, a story keeps one copy of each
/// (date, source, target, code), with the id of the last sentence that coded it.
/// </summary>
/// <remarks>
/// A one-sentence article (a PETRARCH record, id <c>STORY_SENTENCE</c>) is one sentence of story <c>STORY</c>, and
/// consecutive records of a story merge; a longer article is a story of its own whose sentences are
/// <c>ID_1</c>, <c>ID_2</c>, ….
/// </remarks>
public sealed class PhoenixEventWriter(TextWriter writer) : IRecordWriter
{
    private readonly record struct Key(string Date, string Source, string Target, string Code);

    private readonly Dictionary<Key, (string SentenceId, string? Url, string? Outlet)> _story = [];
    private readonly List<Key> _order = [];
    private string? _storyId;

    public void Write(CodedArticle article)
    {
        var single = article.SentenceCount <= 1;
        var id = article.Article.Id;
        var story = single && id.LastIndexOf('_') is var u and > 0 ? id[..u] : id;
        if (!string.Equals(story, _storyId, StringComparison.Ordinal)) Flush();
        _storyId = story;
        foreach (var e in article.Events)
        {
            var key = new Key(Date(e.Date), e.Source, e.Target, e.Code);
            if (!_story.ContainsKey(key)) _order.Add(key);
            _story[key] = (single ? id : $"{id}_{e.Sentence + 1}", article.Article.Url, article.Article.Outlet);
        }
    }

    public void Complete()
    {
        Flush();
        writer.Flush();
    }

    public void Dispose() { }

    private void Flush()
    {
        foreach (var key in _order)
        {
            var (sentence, url, outlet) = _story[key];
            writer.Write($"{key.Date}\t{key.Source}\t{key.Target}\t{key.Code}\t\t{sentence}\t");
            if (url is not null) writer.Write($"{Cells.Clean(url)}\t");
            writer.Write(Cells.Clean(outlet));
            writer.Write('\n');
        }
        _story.Clear();
        _order.Clear();
    }

    private static string Date(PartialDate date) => date.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
