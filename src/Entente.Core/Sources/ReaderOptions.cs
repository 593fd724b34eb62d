using Entente.Records;

namespace Entente.Sources;

/// <summary>How <see cref="ArticleReader"/> reads its inputs.</summary>
public sealed record ReaderOptions
{
    /// <summary>8 MiB: the longest JSON line, <c>.json</c> file or plain-text article accepted.</summary>
    public const int DefaultMaxRecordBytes = 8 * 1024 * 1024;

    /// <summary>
    /// The <c>--date</c> value. A full day is the publication date of plain-text articles, and of JSON articles, web
    /// pages and feed items that state no date of their own; a year (or month) only supplies the year to a dateline
    /// such as <c>VIENTIANE, July 17 —</c>.
    /// </summary>
    public PartialDate? Date { get; init; }

    /// <summary>
    /// Longer records are reported and skipped. A JSON Lines reader holds at most this many bytes of one line in
    /// memory, however long the line is.
    /// </summary>
    public int MaxRecordBytes { get; init; } = DefaultMaxRecordBytes;

    /// <summary>Opens what the path <c>-</c> reads; the process's standard input when null.</summary>
    public Func<Stream>? OpenStandardInput { get; init; }
}
