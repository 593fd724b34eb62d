namespace Entente.Recognition.Time;

/// <summary>
/// What a time expression names. Durations (<c>for three years</c>, <c>the last six months</c>) date nothing and are
/// not reported at all, so a coder never mistakes one for an event date.
/// </summary>
public enum TimeKind : byte
{
    /// <summary>A calendar date, month or year (<c>July 17</c>, <c>in July 2024</c>, <c>since 2015</c>).</summary>
    Absolute,
    /// <summary>Counted from the publication date (<c>yesterday</c>, <c>last week</c>, <c>two days ago</c>).</summary>
    Relative,
    /// <summary>A day of the week (<c>on Friday</c>, <c>last Friday</c>).</summary>
    Weekday,
    /// <summary>A season, as its middle month (<c>in the autumn of 2024</c>).</summary>
    Season,
    /// <summary>Only roughly placed (<c>recently</c>, <c>earlier this year</c>, <c>a few days ago</c>).</summary>
    Vague,
}
