namespace Entente.Sources;

public enum InputFormat
{
    PlainText,
    JsonLines,
    Json,
    /// <summary>A web page; its main text is extracted.</summary>
    Html,
    /// <summary>An RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article per item.</summary>
    Feed,
}
