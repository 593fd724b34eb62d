using Entente.Evaluation;
using Entente.Records;
using Entente.Tests.Output;
using Entente.Text;

namespace Entente.Tests.Evaluation;

/// <summary>Tiny gold articles and extractions written for these tests.</summary>
internal static class Build
{
    public const string Text = "Alpha met Beta in Kingston. Alpha later condemned Gamma.";
    public static readonly TextSpan FirstSentence = new(0, 27);
    public static readonly TextSpan SecondSentence = new(28, 56);

    public static PartialDate Date(string text) => PartialDate.TryParse(text, out var d) ? d : throw new ArgumentException(text);

    public static GoldEvent Gold(string source, string target, string code, string date = "2022-04-01", bool required = true, string evidence = "Alpha met Beta in Kingston.") =>
        new(source, target, code, Date(date), evidence, required);

    /// <summary>An extracted state-to-state event; pass <paramref name="sourceOrg"/> etc. for organizations.</summary>
    public static EventRecord Extracted(string? source, string? target, string code, string date = "2022-04-01", TextSpan? span = null, int sentence = 0) =>
        Sample.Event with
        {
            Article = "g1",
            Sentence = sentence,
            Span = span ?? FirstSentence,
            Text = sentence == 0 ? "Alpha met Beta in Kingston." : "Alpha later condemned Gamma.",
            Source = source + "GOV",
            SourceCountry = source,
            Target = target + "GOV",
            TargetCountry = target,
            Code = code,
            Date = Date(date),
        };

    public static GoldArticle Article(IReadOnlyList<GoldEvent> events, IReadOnlyList<GoldFact>? facts = null, string id = "g1") =>
        new(Sample.Article(id, Text), events, facts ?? []);

    public static CodedArticle Coded(IReadOnlyList<EventRecord> events, IReadOnlyList<FactRecord>? facts = null, string id = "g1") =>
        new(Sample.Article(id, Text), events, facts ?? [], 2, 10);

    public static FileResult Score(IReadOnlyList<GoldEvent> gold, params EventRecord[] extracted) =>
        Scorer.ScoreArticle(Article(gold), Coded(extracted));
}
