using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Sources;

/// <summary>Tells a feed from other XML or HTML by its root element.</summary>
internal static partial class FeedSniffer
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string Atom03Namespace = "http://purl.org/atom/ns#";
    private const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>How many leading bytes <see cref="LooksLikeFeed"/> needs to see.</summary>
    public const int HeadBytes = 4096;

    public static FeedKind? KindOf(string localName, string namespaceUri) => (localName, namespaceUri) switch
    {
        ("rss", _) => FeedKind.Rss,
        ("feed", AtomNamespace or Atom03Namespace or "") => FeedKind.Atom,
        ("RDF", RdfNamespace) => FeedKind.Rdf,
        _ => null,
    };

    /// <summary>
    /// A cheap look at the first bytes, for inputs that have not been parsed yet (standard input, <c>.xml</c> files
    /// met in a folder): the first element after the prolog is <c>rss</c>, <c>feed</c> or <c>rdf:RDF</c>.
    /// </summary>
    public static bool LooksLikeFeed(ReadOnlySpan<byte> head) =>
        FeedRoot().IsMatch(Encoding.Latin1.GetString(InputBytes.WithoutBom(head[..Math.Min(head.Length, HeadBytes)])));

    [GeneratedRegex(@"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*<(?:rss|feed|[A-Za-z_][\w.\-]*:RDF)[\s>/]", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FeedRoot();
}
