namespace Entente.Recognition.Time;

internal enum TimeWordKind : byte
{
    None, Month, Weekday, Season, DayWord, PartOfDay, Unit, Recently, Year, IsoDate,
}

internal enum TimeUnit : byte { Moment, Hour, Day, Week, Month, Year }

[Flags]
internal enum TimeWordFlags : byte
{
    None = 0,
    /// <summary><c>Jan</c>, <c>Sept.</c>: a month only when a day or a year follows.</summary>
    Abbreviation = 1,
    /// <summary>Written <c>mid-July</c> or <c>mid-2024</c> as one token.</summary>
    MidPrefix = 2,
    Plural = 4,
    /// <summary><c>fall</c> is also a verb and a noun: without a year it needs <c>the</c> or last/this/next.</summary>
    NeedsArticle = 8,
}

/// <summary>
/// What one token can head in a time expression. <see cref="Value"/> depends on <see cref="Kind"/>: the month
/// (1–12), the <see cref="DayOfWeek"/>, a season's middle month, a day offset (<c>yesterday</c> = -1), a
/// <see cref="TimeUnit"/> or a year.
/// </summary>
internal readonly record struct TimeWord(TimeWordKind Kind, int Value, TimeWordFlags Flags = TimeWordFlags.None)
{
    public bool Has(TimeWordFlags flag) => (Flags & flag) != 0;
}
