using System.Text;

namespace Entente.Evaluation;

/// <summary>
/// Person names compared the way the gold rules want: case, accents and punctuation ignored; the family name is
/// the last word, not counting suffixes such as <c>Jr.</c>.
/// </summary>
internal static class PersonName
{
    // Invariant globalization leaves string.Normalize inert, so accents are folded by table (Latin-1 and Latin Extended-A).
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>Lower case, accents folded, punctuation as spaces, words single-spaced.</summary>
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = true;
        foreach (var raw in name)
        {
            var c = char.ToLowerInvariant(raw);
            var folded = Accented.IndexOf(c, StringComparison.Ordinal);
            if (folded >= 0) c = Plain[folded];
            if (char.IsLetterOrDigit(c) || c == '-')
            {
                sb.Append(c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    public static string Family(string name)
    {
        var words = Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (!Suffixes.Contains(words[i])) return words[i];
        }
        return "";
    }
}
