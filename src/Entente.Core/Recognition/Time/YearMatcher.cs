using Entente.Records;

namespace Entente.Recognition.Time;

/// <summary>
/// Expressions headed by a four-digit year: <c>in 2024</c>, <c>since 2015</c>, <c>by mid-2025</c>,
/// <c>from 2015 to 2020</c>, and ISO dates (<c>2025-07-17</c>, one token: the tokenizer keeps hyphenated words whole).
/// </summary>
internal static class YearMatcher
{
    public static bool TryMatch(in TimeContext c, int head, TimeWord word, out TimeMention mention)
    {
        mention = default;
        if (word.Kind == TimeWordKind.IsoDate)
        {
            if (!TimeNumbers.TryIsoDate(c.At(head), out var date)) return false;
            mention = c.Mention(c.WithPreposition(head), head + 1, PartialDate.OfDay(date), TimeKind.Absolute);
            return true;
        }

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
}
