using System.Text;
using System.Text.RegularExpressions;

namespace Entente.Sources;

/// <summary>
/// Turns the bytes of a web page or feed into text. Pages are not always UTF-8, so this follows the browsers'
/// order: a byte-order mark, then valid UTF-8, then the charset the file declares, then windows-1252.
/// </summary>
internal static partial class WebTextDecoder
{
    private const int DeclarationScanBytes = 2048;

    /// <summary>Null for binary content (NUL bytes outside a UTF-16 file).</summary>
    public static string? Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(span[2..]);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(span[2..]);
        if (InputBytes.HasNul(span)) return null;
        var body = InputBytes.WithoutBom(span);
        if (body.Length < span.Length || InputBytes.FirstInvalidUtf8(body) < 0) return Encoding.UTF8.GetString(body);
        return Declared(span)?.GetString(span) ?? Windows1252.GetString(span);
    }

    private static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <summary>The encoding named by <c>&lt;meta charset&gt;</c> or <c>&lt;?xml encoding?&gt;</c>, when .NET knows it.</summary>
    private static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationScanBytes)]);
        var match = Declaration().Match(head);
        if (!match.Success) return null;
        var name = match.Groups[1].Value.ToLowerInvariant();
        // Browsers read these labels as windows-1252, and pages rely on it for curly quotes. A "utf-8" label on
        // bytes that are not UTF-8 is wrong, and windows-1252 is the best guess there too.
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "utf-8" or "utf8") return null;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();
}
