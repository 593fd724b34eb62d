using Entente.Records;

namespace Entente.Output;

/// <summary>
/// The human format: per article a table of its events (and, with facts on, one of its facts), then a total.
/// Tables are built one article at a time, so memory stays flat on long runs.
/// </summary>
public sealed class TableRecordWriter(ITableRenderer renderer, bool includeFacts) : IRecordWriter
{
    private const int EvidenceWidth = 60;

    private static readonly string[] EventColumns = ["date", "source", "target", "code", "quad", "goldstein", "location", "sent", "rule", "evidence"];
    private static readonly string[] FactColumns = ["kind", "sent", "fact"];

    private int _articles;
    private int _events;
    private int _facts;

    public TableRecordWriter(TextWriter writer, bool includeFacts)
        : this(new PlainTableRenderer(writer), includeFacts)
    {
    }

    public void Write(CodedArticle article)
    {
        _articles++;
        _events += article.Events.Count;
        var rows = article.Events.Select(e => EventRow(article, e)).ToList();
        renderer.Render(Title(article), EventColumns, rows);
        if (!includeFacts || article.Facts.Count == 0) return;
        _facts += article.Facts.Count;
        var factRows = article.Facts.Select(f => new[] { f.Kind, Cells.Number(f.Sentence), Cells.Describe(f) }).ToList();
        renderer.Render($"facts of {article.Article.Id}", FactColumns, factRows);
    }

    public void Complete()
    {
        var facts = includeFacts ? $", {Plural(_facts, "fact")}" : "";
        renderer.Note($"{Plural(_articles, "article")}, {Plural(_events, "event")}{facts}");
        renderer.Flush();
    }

    public void Dispose() { }

    private static string Title(CodedArticle coded)
    {
        var a = coded.Article;
        var title = string.IsNullOrWhiteSpace(a.Title) ? "" : $" · {Cells.Clean(a.Title)}";
        var count = coded.Events.Count == 0 ? "no events" : Plural(coded.Events.Count, "event");
        return $"{a.Id} · {a.Published:yyyy-MM-dd}{title} ({count})";
    }

    private static string[] EventRow(CodedArticle article, EventRecord e) =>
    [
        e.Date.ToString(),
        Cells.Clean(e.Source),
        Cells.Clean(e.Target),
        e.Code,
        Cells.Number(e.QuadClass),
        Cells.Number(e.Goldstein),
        Cells.Clean(e.Location?.Name),
        Cells.Number(e.Sentence),
        Cells.Clean(e.Rule),
        Cells.Evidence(article, e, EvidenceWidth),
    ];

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
