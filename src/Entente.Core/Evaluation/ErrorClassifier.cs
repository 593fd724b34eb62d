using Entente.Records;
using Entente.Text;
using static Entente.Evaluation.EventMatcher;

namespace Entente.Evaluation;

/// <summary>
/// Explains each miss and each spurious event by the nearest thing on the other side, trying the most specific
/// class first: missing twin, wrong direction, wrong root, wrong date, wrong actor; else not found / no gold.
/// "Near" means the extracted span overlaps the gold evidence, or the date agrees and one actor is shared.
/// </summary>
internal sealed class ErrorClassifier
{
    private readonly GoldArticle _gold;
    private readonly IReadOnlyList<EventRecord> _extracted;
    private readonly Dictionary<GoldEvent, TextSpan?> _evidence = new(ReferenceEqualityComparer.Instance);

    public ErrorClassifier(GoldArticle gold, IReadOnlyList<EventRecord> extracted)
    {
        _gold = gold;
        _extracted = extracted;
        foreach (var g in gold.Events) _evidence[g] = Locate(gold.Article.Text, g.Evidence);
    }

    /// <param name="spurious">The extracted events that match no gold event: the only candidates for a wrong variant.</param>
    public EventError ClassifyMiss(GoldEvent g, IReadOnlyList<EventRecord> spurious)
    {
        var evidence = _evidence[g];
        var twin = _gold.Events.FirstOrDefault(t => !ReferenceEquals(t, g) && IsTwin(t, g));
        if (twin is not null && Pick(_extracted.Where(e => Matches(twin, e)), evidence) is { } produced)
            return Miss(ErrorClass.MissingTwin, g, produced);

        var candidates = spurious;
        if (Pick(candidates.Where(e => SourceIs(g.Target, e) && TargetIs(g.Source, e) && RootAgrees(g, e) && DateAgrees(g.Date, e.Date)), evidence) is { } swapped)
            return Miss(ErrorClass.WrongDirection, g, swapped);
        if (Pick(candidates.Where(e => BothActors(g, e) && !RootAgrees(g, e) && DateAgrees(g.Date, e.Date)), evidence) is { } otherRoot)
            return Miss(ErrorClass.WrongRoot, g, otherRoot);
        if (Pick(candidates.Where(e => BothActors(g, e) && RootAgrees(g, e) && !DateAgrees(g.Date, e.Date)), evidence) is { } otherDate)
            return Miss(ErrorClass.WrongDate, g, otherDate);
        if (Pick(candidates.Where(e => RootAgrees(g, e) && IsNear(g, evidence, e)), evidence) is { } otherActor)
            return Miss(ErrorClass.WrongActor, g, otherActor);
        return Miss(ErrorClass.NotFound, g, null);
    }

    public EventError ClassifySpurious(EventRecord e)
    {
        var golds = _gold.Events;
        if (PickGold(golds.Where(g => SourceIs(g.Target, e) && TargetIs(g.Source, e) && RootAgrees(g, e) && DateAgrees(g.Date, e.Date)), e) is { } swapped)
            return Spurious(ErrorClass.WrongDirection, e, swapped);
        if (PickGold(golds.Where(g => BothActors(g, e) && !RootAgrees(g, e) && DateAgrees(g.Date, e.Date)), e) is { } otherRoot)
            return Spurious(ErrorClass.WrongRoot, e, otherRoot);
        if (PickGold(golds.Where(g => BothActors(g, e) && RootAgrees(g, e) && !DateAgrees(g.Date, e.Date)), e) is { } otherDate)
            return Spurious(ErrorClass.WrongDate, e, otherDate);
        if (PickGold(golds.Where(g => RootAgrees(g, e) && IsNear(g, _evidence[g], e)), e) is { } otherActor)
            return Spurious(ErrorClass.WrongActor, e, otherActor);
        return Spurious(ErrorClass.NoGold, e, null);
    }

    private static bool BothActors(GoldEvent g, EventRecord e) => SourceIs(g.Source, e) && TargetIs(g.Target, e);

    /// <summary>The reverse direction of the same act: actors swapped, same root and date.</summary>
    private static bool IsTwin(GoldEvent t, GoldEvent g) =>
        string.Equals(t.Source, g.Target, StringComparison.OrdinalIgnoreCase)
        && string.Equals(t.Target, g.Source, StringComparison.OrdinalIgnoreCase)
        && string.Equals(t.Root, g.Root, StringComparison.Ordinal)
        && t.Date == g.Date;

    private static bool IsNear(GoldEvent g, TextSpan? evidence, EventRecord e) =>
        Overlaps(evidence, e.Span) || (DateAgrees(g.Date, e.Date) && (SourceIs(g.Source, e) || TargetIs(g.Target, e)));

    private static bool Overlaps(TextSpan? evidence, TextSpan span) =>
        evidence is { } ev && ev.Start < span.End && span.Start < ev.End;

    /// <summary>Prefers a candidate in the gold evidence's sentence.</summary>
    private static EventRecord? Pick(IEnumerable<EventRecord> candidates, TextSpan? evidence)
    {
        EventRecord? first = null;
        foreach (var e in candidates)
        {
            if (Overlaps(evidence, e.Span)) return e;
            first ??= e;
        }
        return first;
    }

    /// <summary>Prefers a gold event whose evidence overlaps the extracted span, then a required one.</summary>
    private GoldEvent? PickGold(IEnumerable<GoldEvent> candidates, EventRecord e) =>
        candidates.OrderByDescending(g => Overlaps(_evidence[g], e.Span)).ThenByDescending(g => g.Required).FirstOrDefault();

    private static TextSpan? Locate(string text, string evidence)
    {
        if (string.IsNullOrEmpty(evidence)) return null;
        var at = text.IndexOf(evidence, StringComparison.Ordinal);
        return at < 0 ? null : new TextSpan(at, at + evidence.Length);
    }

    private static EventError Miss(ErrorClass c, GoldEvent g, EventRecord? near) =>
        new(c, g.Evidence, EventKey.Of(g), near is null ? null : EventKey.Of(near));

    private static EventError Spurious(ErrorClass c, EventRecord e, GoldEvent? near) =>
        new(c, e.Text, near is null ? null : EventKey.Of(near), EventKey.Of(e)) { Sentence = e.Sentence };
}
