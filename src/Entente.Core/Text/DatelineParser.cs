using System.Globalization;

namespace Entente.Text;

/// <summary>
/// Recognizes a dateline opening the first paragraph (or the one after a headline): <c>VIENTIANE, July 17 —</c>,
/// <c>MINSK, July 17 (BelTA) -</c>, <c>WASHINGTON —</c>, <c>Vientiane, 17 July –</c>, <c>GENEVA (Reuters) -</c>,
/// <c>KYIV, Ukraine, Sept. 5, 2025 —</c>, <c>MOSCOW, July 17. /TASS/.</c>. The place is in capitals, or is a
/// capitalized name followed by a comma and a date (or a single word followed by a dash), so an ordinary first
/// sentence is not taken for one. Thread-safe.
/// </summary>
public static class DatelineParser
{
    private const int MaxPlaceWords = 4;
    private const int MaxAgencyTokens = 6;
    private const int MaxHeadlineTokens = 30;

    public static Dateline? Parse(string text) => Parse(text, Tokenizer.Tokenize(text ?? throw new ArgumentNullException(nameof(text))));

    public static Dateline? Parse(string text, Token[] tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var paragraphs = Paragraphs.Of(tokens);
        if (paragraphs.Length == 0) return null;
        return At(text, tokens, paragraphs[0])
            ?? (paragraphs.Length > 1 && IsHeadline(tokens, paragraphs[0]) ? At(text, tokens, paragraphs[1]) : null);
    }

    private static Dateline? At(string text, Token[] tokens, TokenRange paragraph)
    {
        var end = paragraph.End;
        var placeStart = paragraph.First;
        var caps = IsCapsWord(tokens[placeStart]);
        var i = placeStart;
        if (caps)
            while (i < end && i - placeStart < MaxPlaceWords && IsCapsWord(tokens[i])) i++;
        else
            while (i < end && i - placeStart < MaxPlaceWords - 1 && IsNameWord(tokens[i])) i++;
        var placeEnd = i;
        if (placeEnd == placeStart || SentenceStarters.Contains(tokens[placeStart])) return null;

        i = SkipRegion(tokens, i, end);
        int? month = null, day = null;
        var dated = false;
        if (i < end && tokens[i].Norm == "," && DateParts.TryRead(tokens, i + 1, end, out var m, out var d, out var afterDate))
        {
            (month, day, dated, i) = (m, d, true, afterDate);
        }
        var agency = false;
        if (i + 1 < end && tokens[i].Norm == "." && tokens[i + 1].Norm == "/" && dated) i++; // MOSCOW, July 17. /TASS/.
        if (AgencyEnd(tokens, i, end) is var afterAgency && afterAgency > i) (agency, i) = (true, afterAgency);
        if (agency && i < end && tokens[i].Norm == "." && text[tokens[i].Start] == '.') i++;
        var dashed = i < end && tokens[i].Norm == "-";
        if (dashed) i++;

        var singleWord = placeEnd - placeStart == 1;
        var valid = caps ? dashed || agency : dated && (dashed || agency) || singleWord && (dashed || agency);
        if (!valid || i >= end || !OpensText(tokens[i])) return null;
        var place = text[tokens[placeStart].Start..tokens[placeEnd - 1].End];
        return new Dateline(new TextSpan(tokens[placeStart].Start, tokens[i - 1].End), caps ? TitleCase(place) : place, month, day);
    }

    /// <summary><c>, Ukraine</c> or <c>, D.C.</c> after the city, when a date, agency or dash follows.</summary>
    private static int SkipRegion(Token[] tokens, int i, int end)
    {
        if (i + 1 >= end || tokens[i].Norm != "," || !IsNameWord(tokens[i + 1]) && !IsCapsWord(tokens[i + 1])) return i;
        var j = i + 1;
        while (j < end && j - i <= 3 && (IsNameWord(tokens[j]) || IsCapsWord(tokens[j]))) j++;
        return j < end && tokens[j].Norm is "," or "-" or "(" ? j : i;
    }

    /// <summary><c>(Reuters)</c> or <c>/TASS/</c>: the index after it, or <paramref name="i"/> if none.</summary>
    private static int AgencyEnd(Token[] tokens, int i, int end)
    {
        if (i >= end || tokens[i].Norm is not ("(" or "/")) return i;
        var close = tokens[i].Norm == "(" ? ")" : "/";
        for (var j = i + 1; j < end && j - i <= MaxAgencyTokens; j++)
        {
            if (tokens[j].Norm == close) return j > i + 1 && tokens[i + 1].IsCapitalized ? j + 1 : i;
            if (!tokens[j].IsWord && tokens[j].Norm is not ("-" or "&" or "." or "," or "/")) return i;
        }
        return i;
    }

    private static bool IsCapsWord(Token token) =>
        token.IsWord && (token.Flags & (TokenFlags.AllCaps | TokenFlags.Number)) == TokenFlags.AllCaps && !CalendarWords.IsCalendarWord(token);

    private static bool IsNameWord(Token token) =>
        token.IsWord && token.IsCapitalized && (token.Flags & TokenFlags.Number) == 0 && !CalendarWords.IsCalendarWord(token);

    /// <summary>The text after a dateline opens like a sentence: not <c>NATO — the alliance …</c>.</summary>
    private static bool OpensText(Token token) =>
        token.IsCapitalized || (token.Flags & TokenFlags.Number) != 0 || token.Norm is "\"" or "'" or "(";

    private static bool IsHeadline(Token[] tokens, TokenRange paragraph)
    {
        if (paragraph.Count > MaxHeadlineTokens) return false;
        for (var k = paragraph.First; k < paragraph.End; k++)
            if (tokens[k].Norm is "." or "?" or "!") return false;
        return true;
    }

    private static string TitleCase(string place) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant());
}
