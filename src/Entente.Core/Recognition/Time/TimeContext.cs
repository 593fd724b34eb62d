using Entente.Records;
using Entente.Text;

namespace Entente.Recognition.Time;

/// <summary>
/// The sentence being scanned, the publication date and the floor: the first token a new mention may cover (the
/// end of the previous mention), so mentions never overlap. Reads outside the sentence or below the floor give "".
/// </summary>
internal readonly ref struct TimeContext(ReadOnlySpan<Token> tokens, DateOnly published, int floor)
{
    public ReadOnlySpan<Token> Tokens { get; } = tokens;
    public DateOnly Published { get; } = published;
    public int Floor { get; } = floor;

    public string At(int i) => i >= Floor && i < Tokens.Length ? Tokens[i].Norm : "";

    public bool Is(int i, string norm) => string.Equals(At(i), norm, StringComparison.Ordinal);

    /// <summary>Moves <paramref name="start"/> left over a governing preposition (<c>on</c>, <c>since</c>).</summary>
    public int WithPreposition(int start) => IsPreposition(start - 1) ? start - 1 : start;

    /// <summary>
    /// A governing preposition at <paramref name="i"/>, or <c>to</c> right after the previous mention
    /// (<c>from 2015 to 2020</c>).
    /// </summary>
    public bool IsPreposition(int i) =>
        TimeLexicon.IsGoverningPreposition(At(i)) || (i == Floor && i > 0 && Is(i, "to"));

    /// <summary>Takes a split-off possessive into the mention (<c>Friday 's</c>).</summary>
    public int WithPossessive(int end) => Is(end, "'s") ? end + 1 : end;

    public TimeMention Mention(int start, int end, PartialDate past, PartialDate future, TimeKind kind) =>
        new(start, WithPossessive(end), past, future, kind);

    public TimeMention Mention(int start, int end, PartialDate date, TimeKind kind) => Mention(start, end, date, date, kind);
}
