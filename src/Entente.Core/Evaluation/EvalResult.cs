namespace Entente.Evaluation;

/// <summary>Micro-averaged totals over all files, plus the per-file results.</summary>
public sealed record EvalResult(EventCounts Overall, FactScores Facts, IReadOnlyList<FileResult> Files)
{
    public static EvalResult From(IReadOnlyList<FileResult> files) => new(
        files.Aggregate(EventCounts.Zero, (sum, f) => sum + f.Events),
        files.Aggregate(FactScores.Zero, (sum, f) => sum + f.Facts),
        files);

    /// <summary>Misses per error class, largest first.</summary>
    public IReadOnlyList<(ErrorClass Class, int Count)> MissedByClass => Histogram(Files.SelectMany(f => f.Missed));

    /// <summary>Spurious events per error class, largest first.</summary>
    public IReadOnlyList<(ErrorClass Class, int Count)> SpuriousByClass => Histogram(Files.SelectMany(f => f.Spurious));

    private static List<(ErrorClass, int)> Histogram(IEnumerable<EventError> errors) =>
        errors.GroupBy(e => e.Class).Select(g => (g.Key, g.Count())).OrderByDescending(p => p.Item2).ThenBy(p => p.Key).ToList();
}
