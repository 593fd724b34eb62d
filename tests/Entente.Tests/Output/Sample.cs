using Entente.Records;
using Entente.Sources;
using Entente.Text;

namespace Entente.Tests.Output;

/// <summary>Hand-built records for writer, scorer and CLI tests; vary them with <c>with</c>.</summary>
public static class Sample
{
    public const string Text = "VIENTIANE, July 17 — The Belarusian delegation visited Laos. The ministers signed an agreement.";

    public static Article Article(string id = "a1", string text = Text) => new(id, "Visit", text, new DateOnly(2025, 7, 17));

    public static EventRecord Event => new()
    {
        Article = "a1",
        Sentence = 0,
        Span = new TextSpan(21, 60),
        Text = "VIENTIANE, July 17 — The Belarusian delegation visited Laos.",
        Date = PartialDate.OfDay(new DateOnly(2025, 7, 17)),
        Source = "BLRGOV",
        SourceCountry = "BLR",
        SourceText = "The Belarusian delegation",
        Target = "LAOGOV",
        TargetCountry = "LAO",
        TargetText = "Laos",
        Code = "042",
        Goldstein = 1.9,
        QuadClass = 1,
        Location = new Location("Vientiane", "LAO", 17.97, 102.63),
        Confidence = 0.9,
        Rule = "visit.v/visit-NP",
        DictVersion = "3f2a9c1e",
    };

    public static PartialDate Day(int year, int month, int day) => PartialDate.OfDay(new DateOnly(year, month, day));

    public static OfficeFact Office => new()
    {
        Article = "a1",
        Sentence = 0,
        Span = new TextSpan(25, 46),
        Text = "VIENTIANE, July 17 — The Belarusian delegation visited Laos.",
        Person = "Maxim Ryzhenkov",
        Role = "Minister of Foreign Affairs",
        RoleCode = "GOVFRM",
        Country = "BLR",
    };

    public static MembershipFact Membership => new()
    {
        Article = "a1",
        Sentence = 1,
        Span = new TextSpan(61, 70),
        Text = "The ministers signed an agreement.",
        Country = "LAO",
        Org = "SCO",
        Status = "partner",
        Since = PartialDate.OfMonth(2025, 7),
    };

    public static AgreementFact Agreement => new()
    {
        Article = "a1",
        Sentence = 1,
        Span = new TextSpan(61, 95),
        Text = "The ministers signed an agreement.",
        Parties = ["BLR", "LAO"],
        Subject = "visa-free travel",
        Signed = Day(2025, 7, 17),
    };

    public static CodedArticle Coded(IReadOnlyList<EventRecord> events, IReadOnlyList<FactRecord>? facts = null, string id = "a1") =>
        new(Article(id), events, facts ?? [], 2, 14);
}
