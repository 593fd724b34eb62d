using Entente.Records;

namespace Entente.Evaluation;

/// <summary>
/// Scores coded articles against gold articles by the rules of <c>eval/dev/README.md</c>. Independent of how the
/// articles were coded: hand it any <see cref="CodedArticle"/>s whose ids match the gold ids.
/// </summary>
public static class Scorer
{
    /// <summary>Gold articles without a coded counterpart count as coded with nothing found.</summary>
    /// <param name="organizationKey">
    /// Maps an organization as the gold writes it (a name or an acronym: "OSCE Minsk Group") to the key the coder
    /// reports (its acronym), so membership facts compare the organization, not its spelling. Default: as written.
    /// </param>
    public static EvalResult Score(IReadOnlyList<GoldArticle> gold, IEnumerable<CodedArticle> coded, Func<string, string>? organizationKey = null)
    {
        var byId = new Dictionary<string, CodedArticle>(StringComparer.Ordinal);
        foreach (var c in coded) byId.TryAdd(c.Article.Id, c);
        return EvalResult.From(gold.Select(g => ScoreArticle(g, byId.GetValueOrDefault(g.Id), organizationKey)).ToList());
    }

    public static FileResult ScoreArticle(GoldArticle gold, CodedArticle? coded, Func<string, string>? organizationKey = null)
    {
        var extracted = coded?.Events ?? [];
        var required = gold.Events.Where(g => g.Required).ToList();
        var matching = MaxMatching.Solve(required.Count, extracted.Count, (g, e) => EventMatcher.Matches(required[g], extracted[e]));
        var spurious = extracted.Where(e => !gold.Events.Any(g => EventMatcher.Matches(g, e))).ToList();
        var counts = new EventCounts(required.Count, matching.Count(m => m >= 0), extracted.Count, extracted.Count - spurious.Count);

        var classifier = new ErrorClassifier(gold, extracted);
        var missed = required.Where((_, i) => matching[i] < 0).Select(g => classifier.ClassifyMiss(g, spurious)).ToList();
        var wrong = spurious.Select(classifier.ClassifySpurious).ToList();

        var (facts, missedFacts, spuriousFacts) = FactScorer.Score(gold.Facts, coded?.Facts ?? [], organizationKey ?? (o => o));
        return new FileResult(gold.Id, counts, facts, missed, wrong, missedFacts, spuriousFacts);
    }
}
