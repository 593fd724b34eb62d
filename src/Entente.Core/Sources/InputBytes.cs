using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Entente.Sources;

/// <summary>Checks shared by the readers: binary content, UTF-8 validity, byte-order marks, bounded reads.</summary>
internal static class InputBytes
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Bom) ? bytes[3..] : bytes;

    public static bool HasNul(ReadOnlySpan<byte> bytes) => bytes.Contains((byte)0);

    public static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n\f\v"u8) < 0;

    /// <summary>The offset of the first byte that is not valid UTF-8, or -1.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return -1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done) return offset;
            offset += consumed;
        }
        return -1;
    }

    /// <summary>1-based line number of <paramref name="offset"/>.</summary>
    public static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    /// <summary>
    /// Reads the whole stream unless it is longer than <paramref name="maxBytes"/>; then it stops reading and
    /// returns null, so an oversized input never sits in memory.
    /// </summary>
    public static byte[]? ReadAllBounded(Stream stream, int maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Byte-order mark dropped, Windows line ends folded to <c>\n</c>, so offsets are the same everywhere.</summary>
    public static string DecodeText(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(WithoutBom(bytes));
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text;
    }
}
