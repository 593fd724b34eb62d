using static Entente.Recognition.Time.TimeWordFlags;

namespace Entente.Recognition.Time;

/// <summary>
/// The closed set of English words time expressions are built from. A switch over the token text compiles to a
/// length-and-character jump table, so classifying a token that is no time word costs a few comparisons.
/// </summary>
internal static class TimeLexicon
{
    /// <summary>What <paramref name="norm"/> (a token's normalized text) can head, or <see cref="TimeWordKind.None"/>.</summary>
    public static TimeWord Classify(string norm)
    {
        var text = norm.AsSpan();
        if (text.Length < 3) return default;
        var prefix = None;
        if (text.StartsWith("mid-", StringComparison.Ordinal))
        {
            text = text[4..];
            prefix = MidPrefix;
        }
        if (text.IsEmpty) return default;
        var word = char.IsAsciiDigit(text[0]) ? Number(text) : Word(text);
        if (prefix == None) return word;
        return word.Kind is TimeWordKind.Month or TimeWordKind.Year ? word with { Flags = word.Flags | prefix } : default;
    }

    private static TimeWord Number(ReadOnlySpan<char> text)
    {
        if (TimeNumbers.TryYear(text, out var year)) return new(TimeWordKind.Year, year);
        return TimeNumbers.TryIsoDate(text, out _) ? new(TimeWordKind.IsoDate, 0) : default;
    }

    private static TimeWord Word(ReadOnlySpan<char> text) => text switch
    {
        "january" => Month(1), "jan" or "jan." => Abbreviated(1),
        "february" => Month(2), "feb" or "feb." => Abbreviated(2),
        "march" => Month(3), "mar" or "mar." => Abbreviated(3),
        "april" => Month(4), "apr" or "apr." => Abbreviated(4),
        "may" => Month(5),
        "june" => Month(6), "jun" or "jun." => Abbreviated(6),
        "july" => Month(7), "jul" or "jul." => Abbreviated(7),
        "august" => Month(8), "aug" or "aug." => Abbreviated(8),
        "september" => Month(9), "sep" or "sep." or "sept" or "sept." => Abbreviated(9),
        "october" => Month(10), "oct" or "oct." => Abbreviated(10),
        "november" => Month(11), "nov" or "nov." => Abbreviated(11),
        "december" => Month(12), "dec" or "dec." => Abbreviated(12),

        "monday" => Weekday(DayOfWeek.Monday),
        "tuesday" => Weekday(DayOfWeek.Tuesday),
        "wednesday" => Weekday(DayOfWeek.Wednesday),
        "thursday" => Weekday(DayOfWeek.Thursday),
        "friday" => Weekday(DayOfWeek.Friday),
        "saturday" => Weekday(DayOfWeek.Saturday),
        "sunday" => Weekday(DayOfWeek.Sunday),

        // Northern-hemisphere seasons by their middle month (DESIGN.md, Records).
        "spring" => new(TimeWordKind.Season, 4),
        "summer" => new(TimeWordKind.Season, 7),
        "autumn" => new(TimeWordKind.Season, 10),
        "fall" => new(TimeWordKind.Season, 10, NeedsArticle),
        "winter" => new(TimeWordKind.Season, 1),

        "today" or "tonight" => new(TimeWordKind.DayWord, 0),
        "yesterday" => new(TimeWordKind.DayWord, -1),
        "tomorrow" => new(TimeWordKind.DayWord, 1),
        "morning" or "afternoon" or "evening" or "night" => new(TimeWordKind.PartOfDay, 0),
        "recently" or "lately" => new(TimeWordKind.Recently, 0),

        "moment" or "minute" => Unit(TimeUnit.Moment), "moments" or "minutes" => Units(TimeUnit.Moment),
        "hour" => Unit(TimeUnit.Hour), "hours" => Units(TimeUnit.Hour),
        "day" => Unit(TimeUnit.Day), "days" => Units(TimeUnit.Day),
        "week" => Unit(TimeUnit.Week), "weeks" => Units(TimeUnit.Week),
        "month" => Unit(TimeUnit.Month), "months" => Units(TimeUnit.Month),
        "year" => Unit(TimeUnit.Year), "years" => Units(TimeUnit.Year),
        _ => default,
    };

    private static TimeWord Month(int month) => new(TimeWordKind.Month, month);
    private static TimeWord Abbreviated(int month) => new(TimeWordKind.Month, month, Abbreviation);
    private static TimeWord Weekday(DayOfWeek day) => new(TimeWordKind.Weekday, (int)day);
    private static TimeWord Unit(TimeUnit unit) => new(TimeWordKind.Unit, (int)unit);
    private static TimeWord Units(TimeUnit unit) => new(TimeWordKind.Unit, (int)unit, Plural);

    /// <summary>Prepositions kept inside a mention: they place it in time, and the coder reads them (<c>since</c>).</summary>
    public static bool IsGoverningPreposition(string norm) => norm is
        "on" or "in" or "at" or "during" or "since" or "from" or "until" or "till" or "through" or "throughout"
        or "by" or "before" or "after";

    /// <summary>Words that may stand before a season or month without making it a name (<c>In Spring</c>, not <c>Arab Spring</c>).</summary>
    public static bool IsFrameWord(string norm) => IsGoverningPreposition(norm) || norm is
        "the" or "of" or "to" or "early" or "late" or "mid" or "last" or "next" or "this" or "past" or "coming";

    public static bool IsPartOfDay(string norm) => norm is "morning" or "afternoon" or "evening" or "night";

    /// <summary>Compounds where a weekday is part of a name (<c>Good Friday Agreement</c>), not a date.</summary>
    public static bool IsWeekdayCompound(string norm) => norm is
        "good" or "black" or "bloody" or "happy" or "holy" or "ash" or "palm" or "easter" or "maundy" or "cyber" or "super";

    /// <summary>Nouns a count comes before: <c>in 2000 cases</c> is a number of cases, not a year.</summary>
    public static bool IsCountedNoun(string norm) => norm is
        "people" or "persons" or "men" or "women" or "children" or "troops" or "soldiers" or "refugees" or "civilians"
        or "cases" or "deaths" or "homes" or "houses" or "families" or "households" or "units" or "tons" or "tonnes"
        or "km" or "kilometers" or "kilometres" or "miles" or "meters" or "metres" or "dollars" or "euros" or "percent"
        or "%" or "per" or "years" or "months" or "weeks" or "days" or "hours";
}
