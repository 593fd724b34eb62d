using Entente.Records;

namespace Entente.Recognition.Time;

/// <summary>
/// Expressions headed by a four-digit year: <c>in 2024</c>, <c>since 2015</c>, <c>by mid-2025</c>,
/// <c>from 2015 to 2020</c>, and ISO dates (<c>2025-07-17</c>, one token or five).
/// </summary>
internal static class YearMatcher
{
    public static bool TryMatch(in TimeContext c, int head, TimeWord word, out TimeMention mention)
    {
        mention = default;
        if (TryIsoDate(c, head, word, out var date, out var end))
        {
            mention = c.Mention(c.WithPreposition(head), end, PartialDate.OfDay(date), TimeKind.Absolute);
            return true;
        }
        if (word.Kind != TimeWordKind.Year) return false;

        // A bare number is a year only where English puts years: after a preposition or early/late/mid,
        // "the year", "of" — never "Resolution 2254", "in 2000 cases", "on 2022 Olympics" or "the Act of 2012".
        var left = LeftContext.Parse(c, head, allowArticle: false);
        var framed = left.Framed && c.At(left.Start) is not ("on" or "at");
        var licensed = word.Has(TimeWordFlags.MidPrefix) || framed || left.Modified || c.Is(head - 1, "year")
            || (left.Linked && !IsNameBefore(c, left.Start - 2));
        if (!licensed || left.Deixis != Deixis.None || TimeLexicon.IsCountedNoun(c.At(head + 1))) return false;

        mention = c.Mention(left.Start, head + 1, PartialDate.OfYear(word.Value), TimeKind.Absolute);
        return true;
    }

    /// <summary>A capitalized word inside the sentence: <c>Act</c> in <c>the Act of 2012</c>, <c>Class of 2022</c>.</summary>
    private static bool IsNameBefore(in TimeContext c, int i) => i > 0 && c.Tokens[i].IsCapitalized;

    private static bool TryIsoDate(in TimeContext c, int head, TimeWord word, out DateOnly date, out int end)
    {
        end = head + 1;
        if (word.Kind == TimeWordKind.IsoDate) return TimeNumbers.TryIsoDate(c.At(head), out date);

        // Split by the tokenizer into "2025" "-" "07" "-" "17", with nothing between the parts.
        date = default;
        if (!(c.Is(head + 1, "-") && c.Is(head + 3, "-"))) return false;
        for (var i = head; i < head + 4; i++)
        {
            if (!c.Touches(i)) return false;
        }
        end = head + 5;
        return TimeNumbers.TryDigits(c.At(head + 2), 2, out var month)
            && TimeNumbers.TryDigits(c.At(head + 4), 2, out var day)
            && TimeNumbers.TryDate(word.Value, month, day, out date);
    }
}
