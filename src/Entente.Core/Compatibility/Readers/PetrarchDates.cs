using System.Globalization;
using Entente.Dictionaries;

namespace Entente.Compatibility.Readers;

/// <summary>
/// Dated code restrictions of TABARI actor entries: <c>[C &lt;D]</c> before D, <c>[C &gt;D]</c> from D on, <c>[C D1-D2]</c>
/// from D1 through D2 (TABARI counts the last day in), <c>[C]</c> always. D is <c>YYYYMMDD</c> or <c>YYMMDD</c>, a YY of
/// 00–30 meaning 20YY.
/// </summary>
public static class PetrarchDates
{
    /// <summary>Parses the inside of one <c>[…]</c> block; null with <paramref name="error"/> when it is malformed.</summary>
    public static DatedCode? ParseCode(string block, out string? error)
    {
        error = null;
        var content = block.Trim();
        var space = content.IndexOfAny([' ', '\t', '<', '>']);
        var code = (space < 0 ? content : content[..space]).ToUpperInvariant();
        var restriction = space < 0 ? "" : string.Concat(content[space..].Where(c => !char.IsWhiteSpace(c)));
        if (code.Length == 0) { error = $"empty code in [{block}]"; return null; }
        if (restriction.Length == 0) return new DatedCode(code, null, null);
        if (restriction[0] == '<')
            return Date(restriction[1..], out var until, ref error) ? new DatedCode(code, null, until) : null;
        if (restriction[0] == '>')
            return Date(restriction[1..], out var from, ref error) ? new DatedCode(code, from, null) : null;
        var dash = restriction.IndexOf('-');
        if (dash > 0 && Date(restriction[..dash], out var first, ref error) && Date(restriction[(dash + 1)..], out var last, ref error))
            return new DatedCode(code, first, last.AddDays(1));
        error ??= $"unreadable date restriction '{restriction}'";
        return null;
    }

    private static bool Date(string text, out DateOnly date, ref string? error)
    {
        date = default;
        var ok = text.All(char.IsAsciiDigit) && text.Length is 6 or 8;
        if (ok)
        {
            var year = text.Length == 8 ? int.Parse(text[..4], CultureInfo.InvariantCulture) : YearOf(int.Parse(text[..2], CultureInfo.InvariantCulture));
            var rest = text[^4..];
            ok = DateOnly.TryParseExact($"{year:D4}{rest}", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }
        if (!ok) error = $"bad date '{text}' (expected YYYYMMDD or YYMMDD)";
        return ok;
    }

    private static int YearOf(int yy) => yy <= 30 ? 2000 + yy : 1900 + yy;
}
