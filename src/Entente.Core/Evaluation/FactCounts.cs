namespace Entente.Evaluation;

/// <summary>Fact counts for one kind: recall over all gold facts, precision over extracted facts.</summary>
public sealed record FactCounts(int Gold, int Matched, int Extracted, int Correct)
{
    public static readonly FactCounts Zero = new(0, 0, 0, 0);

    public double? Precision => Ratios.Of(Correct, Extracted);
    public double? Recall => Ratios.Of(Matched, Gold);
    public double? F1 => Ratios.F1(Precision, Recall);

    public static FactCounts operator +(FactCounts a, FactCounts b) =>
        new(a.Gold + b.Gold, a.Matched + b.Matched, a.Extracted + b.Extracted, a.Correct + b.Correct);
}

/// <summary>Fact scores per kind.</summary>
public sealed record FactScores(FactCounts Office, FactCounts Membership, FactCounts Agreement)
{
    public static readonly FactScores Zero = new(FactCounts.Zero, FactCounts.Zero, FactCounts.Zero);

    public IEnumerable<(string Kind, FactCounts Counts)> ByKind =>
        [("office", Office), ("membership", Membership), ("agreement", Agreement)];

    public static FactScores operator +(FactScores a, FactScores b) =>
        new(a.Office + b.Office, a.Membership + b.Membership, a.Agreement + b.Agreement);
}
