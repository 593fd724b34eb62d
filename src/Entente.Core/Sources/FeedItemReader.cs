using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader.Feeds;

namespace Entente.Sources;

/// <summary>
/// One feed item as an article. CodeHollow.FeedReader maps the dialects' fields (guid/id, link, content:encoded,
/// summary); dates are read from the elements directly because FeedReader leaves an Atom entry with only
/// <c>&lt;updated&gt;</c> undated and shifts times to the local zone.
/// </summary>
internal static class FeedItemReader
{
    /// <summary>Date elements by local name, most specific first (<c>dc:date</c> is <c>date</c>).</summary>
    private static readonly string[] DateElements = ["pubDate", "published", "date", "issued", "created", "updated", "modified"];

    /// <param name="Bodies">The item's text fields, best first (full content before a summary).</param>
    private sealed record Fields(string? Id, string? Title, string? Link, params string?[] Bodies);

    public static ReadItem Read(XElement item, FeedKind kind, string? outlet, string file, ReaderOptions options)
    {
        var line = item is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
        Fields fields;
        try
        {
            fields = FieldsOf(item, kind);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or NullReferenceException or XmlException)
        {
            // FeedReader's own parsing of an odd item; the rest of the feed is still read.
            return new ReadError(file, line, $"malformed item: {ex.Message}");
        }
        // Full content that turns out to hold no text (only an image, say) yields to the summary.
        var text = fields.Bodies.Select(MarkupText.ToPlain).FirstOrDefault(t => t.Length > 0) ?? "";
        if (text.Length == 0) return new ReadError(file, line, Messages.NoArticleText);
        if (!TryDate(item, options, out var date, out var error)) return new ReadError(file, line, error);
        var link = Blank(fields.Link);
        var id = Blank(fields.Id) ?? link ?? Article.ContentId(text);
        return new Article(id, MarkupText.Inline(fields.Title), text, date, outlet, link, $"{file}:{line}");
    }

    private static Fields FieldsOf(XElement item, FeedKind kind)
    {
        switch (kind)
        {
            case FeedKind.Atom:
                var atom = new AtomFeedItem(item);
                return new Fields(atom.Id, atom.Title, atom.Link, AtomText(item, "content") ?? atom.Content, AtomText(item, "summary") ?? atom.Summary);
            case FeedKind.Rdf:
                var rdf = new Rss10FeedItem(item);
                return new Fields(rdf.About, rdf.Title, rdf.Link, rdf.Content, rdf.Description);
            default:
                var rss = new Rss20FeedItem(item);
                return new Fields(rss.Guid, rss.Title, rss.Link, rss.Content, rss.Description);
        }
    }

    /// <summary>
    /// Atom <c>type="xhtml"</c> text is markup inside the element, which FeedReader flattens into run-together
    /// words; it is serialized back to HTML here. Null for the other types, which FeedReader reads well.
    /// </summary>
    private static string? AtomText(XElement entry, string name)
    {
        var element = entry.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        if (element is null || !string.Equals((string?)element.Attribute("type"), "xhtml", StringComparison.OrdinalIgnoreCase)) return null;
        return string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
    }

    private static bool TryDate(XElement item, ReaderOptions options, out DateOnly date, out string error)
    {
        error = "";
        string? invalid = null;
        foreach (var name in DateElements)
        {
            foreach (var element in item.Elements().Where(e => e.Name.LocalName == name))
            {
                if (WebDate.TryParse(element.Value, out date)) return true;
                invalid ??= $"invalid date '{Shorten(element.Value.Trim())}' in <{name}>";
            }
        }
        if (invalid is null && options.Date is { Precision: Records.DatePrecision.Day } day)
        {
            date = day.Start;
            return true;
        }
        date = default;
        error = invalid ?? PublicationDate.Missing;
        return false;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
