using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Entente.Sources;

/// <summary>
/// An RSS 2.0, RSS 1.0 (RDF) or Atom file: one article per item, each bad item an error at its line while the rest
/// is read. A file that is not well-formed XML is one error. Feed files are whole-file records, so
/// <see cref="ReaderOptions.MaxRecordBytes"/> bounds them.
/// </summary>
internal static partial class FeedFileReader
{
    public const string NoItems = "feed has no items";

    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTDs and no external resolution: a feed never needs them, and they are the XML attack surface.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <param name="skipIfNotFeed">
    /// For <c>.xml</c> files met while walking a folder: other XML (sitemaps, configuration) yields nothing instead
    /// of an error.
    /// </param>
    public static IReadOnlyList<ReadItem> Read(Stream stream, string file, ReaderOptions options, bool skipIfNotFeed = false)
    {
        var bytes = InputBytes.ReadAllBounded(stream, options.MaxRecordBytes);
        if (bytes is null) return [new ReadError(file, 0, Messages.FileTooLarge(options.MaxRecordBytes))];
        if (skipIfNotFeed && !FeedSniffer.LooksLikeFeed(bytes)) return [];
        if (WebTextDecoder.Decode(bytes) is not { } xml) return [new ReadError(file, 0, Messages.Binary)];
        if (string.IsNullOrWhiteSpace(xml)) return [new ReadError(file, 0, Messages.Empty)];
        try
        {
            return Parse(xml, file, options);
        }
        catch (XmlException ex)
        {
            return [new ReadError(file, ex.LineNumber, $"malformed XML: {Position().Replace(ex.Message, "")}")];
        }
    }

    private static IReadOnlyList<ReadItem> Parse(string xml, string file, ReaderOptions options)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        reader.MoveToContent();
        if (FeedSniffer.KindOf(reader.LocalName, reader.NamespaceURI) is not { } kind)
        {
            var what = Path.GetExtension(file).Equals(".xml", StringComparison.OrdinalIgnoreCase) ? "unsupported file type '.xml'" : "not a feed";
            return [new ReadError(file, 0, $"{what}: root element <{reader.Name}> is not <rss>, <feed> or <rdf:RDF>")];
        }
        var root = XElement.Load(reader, LoadOptions.SetLineInfo);
        var channel = kind == FeedKind.Atom ? root : Child(root, "channel");
        if (channel is null && kind == FeedKind.Rss) return [new ReadError(file, 0, "RSS feed without <channel>")];
        var outlet = MarkupText.Inline(Child(channel ?? root, "title")?.Value);
        var items = (kind switch
        {
            FeedKind.Atom => Children(root, "entry"),
            FeedKind.Rdf => Children(root, "item"),
            _ => Children(channel!, "item"),
        }).Select(item => FeedItemReader.Read(item, kind, outlet, file, options)).ToList();
        return items.Count > 0 ? items : [new ReadError(file, 0, NoItems)];
    }

    private static XElement? Child(XElement parent, string localName) => Children(parent, localName).FirstOrDefault();

    /// <summary>By local name: feeds in the wild mix namespaces freely.</summary>
    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    /// <summary>The position suffix of an <see cref="XmlException"/> message; the line is reported separately.</summary>
    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Position();
}
