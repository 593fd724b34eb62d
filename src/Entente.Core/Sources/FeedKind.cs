namespace Entente.Sources;

/// <summary>The feed dialects Entente reads, told apart by the root element.</summary>
internal enum FeedKind
{
    /// <summary><c>&lt;rss&gt;</c>: RSS 0.9x and 2.0, items in <c>&lt;channel&gt;</c>.</summary>
    Rss,
    /// <summary><c>&lt;feed&gt;</c>: Atom 1.0 (and 0.3), <c>&lt;entry&gt;</c> elements.</summary>
    Atom,
    /// <summary><c>&lt;rdf:RDF&gt;</c>: RSS 1.0, items beside the channel.</summary>
    Rdf,
}
