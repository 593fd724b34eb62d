namespace Entente.Sources;

/// <summary>Read-error messages shared by the readers, so tests and users see the same words everywhere.</summary>
internal static class Messages
{
    public const string Binary = "binary file (NUL bytes)";
    public const string Empty = "empty file";
    public const string NotFound = "no such file or directory";
    public const string NoArticleText = "no article text found";

    public static string TooLong(string what, long bytes, int limit) =>
        $"{what} too long ({Size(bytes)}; the limit is {Size(limit)})";

    /// <summary>Whole-file formats stop reading at the limit, so the true size is unknown.</summary>
    public static string FileTooLarge(int limit) => $"file too large (over {Size(limit)})";

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.#} MiB",
        >= 1024 => $"{bytes / 1024.0:0.#} KiB",
        _ => $"{bytes} bytes",
    };
}
