using Entente.Text;

namespace Entente.Recognition.Time;

/// <summary>
/// Finds time expressions in a sentence and resolves them against the publication date. Stateless and
/// thread-safe. A sentence with no month, weekday, season, year or time word costs one switch per token and
/// allocates nothing.
/// </summary>
public static class TimeRecognizer
{
    // Publication dates outside this range cannot be real, and would overflow the calendar arithmetic.
    private const int MinPublishedYear = 1000;
    private const int MaxPublishedYear = 9000;

    /// <summary>
    /// The time expressions among <paramref name="tokens"/>, left to right, not overlapping; token indices are
    /// relative to <paramref name="tokens"/>. Empty (and not allocated) when there are none.
    /// </summary>
    public static IReadOnlyList<TimeMention> Find(ReadOnlySpan<Token> tokens, DateOnly published)
    {
        if (published.Year is < MinPublishedYear or > MaxPublishedYear) return Array.Empty<TimeMention>();
        List<TimeMention>? found = null;
        var floor = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = TimeLexicon.Classify(tokens[i].Norm);
            if (word.Kind == TimeWordKind.None) continue;
            if (!TryMatch(new TimeContext(tokens, published, floor), i, word, out var mention)) continue;
            (found ??= []).Add(mention);
            floor = mention.TokenEnd;
            i = floor - 1;
        }
        return found is null ? Array.Empty<TimeMention>() : found;
    }

    private static bool TryMatch(in TimeContext context, int head, TimeWord word, out TimeMention mention) => word.Kind switch
    {
        TimeWordKind.Month => MonthMatcher.TryMatch(context, head, word, out mention),
        TimeWordKind.Year or TimeWordKind.IsoDate => YearMatcher.TryMatch(context, head, word, out mention),
        TimeWordKind.Weekday => WeekdayMatcher.TryMatch(context, head, word, out mention),
        TimeWordKind.Season => SeasonMatcher.TryMatch(context, head, word, out mention),
        TimeWordKind.Unit => UnitMatcher.TryMatch(context, head, word, out mention),
        _ => DayWordMatcher.TryMatch(context, head, word, out mention),
    };
}
