namespace Entente.Sources;

/// <summary>
/// Reads articles from files, folders and standard input, lazily and in a fixed order. Bad input never throws
/// and never stops the batch: each problem becomes a <see cref="ReadError"/> and reading goes on.
/// </summary>
/// <remarks>
/// Formats by extension: <c>.txt</c> (one plain-text article), <c>.jsonl</c>/<c>.ndjson</c> (JSON Lines, streamed),
/// <c>.json</c> (one article object or an array of them), <c>.html</c>/<c>.htm</c> (one web page, main text only),
/// <c>.rss</c>/<c>.atom</c>/<c>.xml</c> (a feed, one article per item; an <c>.xml</c> file whose root is not a feed
/// is unsupported). Folders are walked recursively in ordinal path order; files with other extensions, and
/// <c>.xml</c> files that are not feeds, are skipped silently there, but reported when named explicitly. The path
/// <c>-</c> reads standard input: JSON Lines when its first non-blank character is <c>{</c>, a feed or a web page
/// when it is <c>&lt;</c>, else plain text. A line, <c>.json</c> file, page, feed or text article longer than
/// <see cref="ReaderOptions.MaxRecordBytes"/> is an error.
/// </remarks>
public static class ArticleReader
{
    public const string StdinName = "<stdin>";

    private static readonly EnumerationOptions FolderWalk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    public static IEnumerable<ReadItem> Read(IReadOnlyList<string> paths, ReaderOptions options)
    {
        foreach (var path in paths)
        {
            foreach (var item in ReadPath(path, options)) yield return item;
        }
    }

    /// <summary>The format a file name implies, or null when Entente does not read it.</summary>
    public static InputFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => InputFormat.PlainText,
        ".jsonl" or ".ndjson" => InputFormat.JsonLines,
        ".json" => InputFormat.Json,
        ".html" or ".htm" => InputFormat.Html,
        ".rss" or ".atom" or ".xml" => InputFormat.Feed,
        _ => null,
    };

    private static IEnumerable<ReadItem> ReadPath(string path, ReaderOptions options)
    {
        if (path == "-") return Guard(StandardInput(options), StdinName);
        if (Directory.Exists(path)) return ReadFolder(path, options);
        if (!File.Exists(path)) return [new ReadError(path, 0, Messages.NotFound)];
        if (FormatOf(path) is not { } format)
        {
            return [new ReadError(path, 0, $"unsupported file type '{Path.GetExtension(path)}' (expected .txt, .jsonl, .json, .html, .rss, .atom or .xml)")];
        }
        return Guard(ReadFile(path, format, options), path);
    }

    private static IEnumerable<ReadItem> ReadFolder(string folder, ReaderOptions options)
    {
        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", FolderWalk).Where(f => FormatOf(f) is not null).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new ReadError(folder, 0, $"cannot list folder: {ex.Message}")];
        }
        files.Sort(StringComparer.Ordinal);
        return files.SelectMany(file => Guard(ReadFile(file, FormatOf(file)!.Value, options, inFolder: true), file));
    }

    private static IEnumerable<ReadItem> ReadFile(string path, InputFormat format, ReaderOptions options, bool inFolder = false)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var skipIfNotFeed = inFolder && Path.GetExtension(path).Equals(".xml", StringComparison.OrdinalIgnoreCase);
        foreach (var item in ReadStream(stream, path, format, options, skipIfNotFeed)) yield return item;
    }

    private static IEnumerable<ReadItem> StandardInput(ReaderOptions options)
    {
        using var stdin = options.OpenStandardInput?.Invoke() ?? Console.OpenStandardInput();
        using var stream = Sniff(stdin, out var format);
        foreach (var item in ReadStream(stream, StdinName, format, options)) yield return item;
    }

    private static IEnumerable<ReadItem> ReadStream(
        Stream stream, string name, InputFormat format, ReaderOptions options, bool skipIfNotFeed = false) => format switch
    {
        InputFormat.JsonLines => JsonLinesReader.Read(stream, name, options),
        InputFormat.Json => JsonFileReader.Read(stream, name, options),
        InputFormat.Html => [HtmlArticleReader.Read(stream, name, options)],
        InputFormat.Feed => FeedFileReader.Read(stream, name, options, skipIfNotFeed),
        _ => [PlainTextReader.Read(stream, name, options)],
    };

    /// <summary>
    /// Reads up to the first non-blank byte to pick the format (after a <c>&lt;</c>, a few KiB more to tell a feed
    /// from a web page), then replays what it read.
    /// </summary>
    private static PrefixedStream Sniff(Stream stream, out InputFormat format)
    {
        var head = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            head.Add((byte)b);
            if (b is not (' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF)) break;
        }
        format = b == '{' ? InputFormat.JsonLines : InputFormat.PlainText;
        if (b == '<')
        {
            var more = new byte[FeedSniffer.HeadBytes];
            int total = 0, read;
            while (total < more.Length && (read = stream.Read(more, total, more.Length - total)) > 0) total += read;
            head.AddRange(more.AsSpan(0, total));
            format = FeedSniffer.LooksLikeFeed(head.ToArray()) ? InputFormat.Feed : InputFormat.Html;
        }
        return new PrefixedStream(head.ToArray(), stream);
    }

    /// <summary>
    /// Turns an I/O failure in the middle of a file (permissions, a vanished file, a device error) into one error
    /// item, so a bad file ends only itself.
    /// </summary>
    private static IEnumerable<ReadItem> Guard(IEnumerable<ReadItem> items, string file)
    {
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            ReadItem item;
            var failed = false;
            try
            {
                if (!enumerator.MoveNext()) yield break;
                item = enumerator.Current;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                item = new ReadError(file, 0, $"cannot read: {ex.Message}");
                failed = true;
            }
            yield return item;
            if (failed) yield break;
        }
    }
}
