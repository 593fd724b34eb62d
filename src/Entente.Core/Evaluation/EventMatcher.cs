using Entente.Records;

namespace Entente.Evaluation;

/// <summary>The scoring rules of <c>eval/dev/README.md</c> ("Scoring"), one predicate each.</summary>
public static class EventMatcher
{
    /// <summary>Actors, root and date all agree.</summary>
    public static bool Matches(GoldEvent gold, EventRecord e) =>
        SourceIs(gold.Source, e) && TargetIs(gold.Target, e) && RootAgrees(gold, e) && DateAgrees(gold.Date, e.Date);

    /// <summary>
    /// The gold actor against the extracted side: its country, else its organization; only when neither is set,
    /// the full code or its first three letters.
    /// </summary>
    public static bool ActorIs(string gold, string? country, string? org, string full)
    {
        var known = !string.IsNullOrEmpty(country) ? country : org;
        if (!string.IsNullOrEmpty(known)) return string.Equals(gold, known, StringComparison.OrdinalIgnoreCase);
        return string.Equals(gold, full, StringComparison.OrdinalIgnoreCase)
            || (full.Length >= 3 && string.Equals(gold, full[..3], StringComparison.OrdinalIgnoreCase));
    }

    public static bool SourceIs(string gold, EventRecord e) => ActorIs(gold, e.SourceCountry, e.SourceOrg, e.Source);

    public static bool TargetIs(string gold, EventRecord e) => ActorIs(gold, e.TargetCountry, e.TargetOrg, e.Target);

    public static bool RootAgrees(GoldEvent gold, EventRecord e) =>
        e.Code.Length >= 2 && string.Equals(gold.Root, e.Code[..2], StringComparison.Ordinal);

    /// <summary>
    /// The extracted date cut to the gold's precision equals the gold; a less precise extracted date never agrees.
    /// </summary>
    public static bool DateAgrees(PartialDate gold, PartialDate extracted) =>
        extracted.Precision >= gold.Precision
        && extracted.Year == gold.Year
        && (gold.Precision < DatePrecision.Month || extracted.Month == gold.Month)
        && (gold.Precision < DatePrecision.Day || extracted.Day == gold.Day);

    public static bool DateAgrees(PartialDate? gold, PartialDate? extracted) =>
        gold is not { } g || (extracted is { } e && DateAgrees(g, e));
}
