using Entente.Records;

namespace Entente.Recognition.Time;

/// <summary>
/// A time expression: tokens <c>[TokenStart, TokenEnd)</c> of the span given to <see cref="TimeRecognizer.Find"/>.
/// <see cref="Past"/> is its date read in a past or present tense clause, <see cref="Future"/> in a future one
/// (<c>on Friday</c>: the Friday before or after publication); both are equal when the text fixes the date.
/// The range includes a governing preposition (<c>on</c>, <c>since</c>, <c>until</c>) so the coder can read it.
/// </summary>
public readonly record struct TimeMention(int TokenStart, int TokenEnd, PartialDate Past, PartialDate Future, TimeKind Kind)
{
    public PartialDate DateFor(bool futureTense) => futureTense ? Future : Past;
}
