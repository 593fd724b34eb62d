using Entente.Dictionaries;

namespace Entente.Compatibility.Readers;

/// <summary>One line of a PETRARCH/TABARI dictionary with its comments removed.</summary>
/// <param name="Indented">The raw line started with white space (TABARI's code lines under an entry).</param>
public sealed record PetrarchLine(EntryOrigin Origin, string Content, bool Indented);

/// <summary>
/// Reads a PETRARCH/TABARI dictionary file: <c>#</c> comments to the end of the line, <c>&lt;!-- … --&gt;</c> comments over
/// any number of lines, and lines opened with <c>&lt;!</c>. Blank lines are kept out; every line keeps its number.
/// A Ctrl-Z (0x1A) inside a line is ordinary text, not an end of file.
/// </summary>
public static class PetrarchLines
{
    public static IEnumerable<PetrarchLine> Read(string path, List<DictionaryError> warnings)
    {
        var name = Path.GetFileName(path);
        var number = 0;
        var commentOpenedAt = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var text = raw;
            if (commentOpenedAt > 0)
            {
                var close = text.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0) continue;
                text = text[(close + 3)..];
                commentOpenedAt = 0;
            }
            text = StripMarkupComments(text, out var opened);
            if (opened) commentOpenedAt = number;
            var hash = text.IndexOf('#');
            if (hash >= 0) text = text[..hash];
            var content = text.Trim();
            if (content.Length == 0) continue;
            yield return new PetrarchLine(new EntryOrigin(name, number), content, raw.Length > 0 && char.IsWhiteSpace(raw[0]));
        }
        if (commentOpenedAt > 0) warnings.Add(new DictionaryError(name, commentOpenedAt, "comment '<!--' is never closed"));
    }

    /// <summary>Removes <c>&lt;!-- … --&gt;</c> and <c>&lt;! … --&gt;</c> spans; an unclosed <c>&lt;!--</c> opens a block comment.</summary>
    private static string StripMarkupComments(string text, out bool opened)
    {
        opened = false;
        while (true)
        {
            var open = text.IndexOf("<!", StringComparison.Ordinal);
            if (open < 0) return text;
            var close = text.IndexOf("-->", open + 2, StringComparison.Ordinal);
            if (close >= 0)
            {
                text = string.Concat(text.AsSpan(0, open), " ", text.AsSpan(close + 3));
                continue;
            }
            // "<!--" without its end opens a block; a bare "<!" line is a one-line comment.
            opened = text.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal);
            return text[..open];
        }
    }
}
