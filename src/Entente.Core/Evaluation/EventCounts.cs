namespace Entente.Evaluation;

/// <summary>
/// Event counts of one file or of a whole set (micro-averaged by summing). Recall is over required gold events;
/// precision over extracted events, each correct when it matches any gold event.
/// </summary>
public sealed record EventCounts(int Required, int MatchedRequired, int Extracted, int CorrectExtracted)
{
    public static readonly EventCounts Zero = new(0, 0, 0, 0);

    public double? Precision => Ratios.Of(CorrectExtracted, Extracted);
    public double? Recall => Ratios.Of(MatchedRequired, Required);
    public double? F1 => Ratios.F1(Precision, Recall);

    public static EventCounts operator +(EventCounts a, EventCounts b) =>
        new(a.Required + b.Required, a.MatchedRequired + b.MatchedRequired, a.Extracted + b.Extracted, a.CorrectExtracted + b.CorrectExtracted);
}
