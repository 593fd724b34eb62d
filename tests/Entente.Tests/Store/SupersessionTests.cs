using Entente.Knowledge;
using Entente.Records;
using Entente.Sources;
using Entente.Store;
using Entente.Tests.Output;
using Entente.Tests.Support;

namespace Entente.Tests.Store;

/// <summary>Facts merge by key, and a later fact closes the one it replaces: a new status, a new office holder.</summary>
public sealed class SupersessionTests(StoreDatabases databases) : IClassFixture<StoreDatabases>
{
    private static CodedArticle Article(string id, string published, params FactRecord[] facts) =>
        new(new Article(id, null, "text", DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), "Wire"), [], facts, 1, 1);

    private static MembershipFact Status(string id, string status, PartialDate? since = null) =>
        Sample.Membership with { Article = id, Country = "LAO", Org = "SCO", Status = status, Since = since };

    private static OfficeFact Minister(string id, string person, string role = "Minister of Foreign Affairs") =>
        Sample.Office with { Article = id, Person = person, Role = role, Country = "BLR" };

    private static void Write(string db, params CodedArticle[] articles)
    {
        using var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: true);
        var offices = new OfficeClassifier(TestEngine.Instance.Lexicon.Dictionaries.Agents);
        foreach (var article in articles) store.Write(ArticleDigest.Of(article, offices));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public void A_membership_status_change_closes_the_older_status(string kind)
    {
        var db = databases.New(kind);

        Write(db,
            Article("s1", "2024-05-02", Status("s1", "partner")),
            Article("s2", "2024-06-10", Status("s2", "partner")),
            Article("s3", "2025-09-03", Status("s3", "member", Sample.Day(2025, 9, 1))));

        var rows = StoreProbe.Rows(db, "SELECT status, valid_from, valid_to, num_mentions, num_articles, first_day, last_day FROM facts ORDER BY valid_from");
        Assert.Equal([["partner", 20240502L, 20250901L, 2L, 2L, 20240502L, 20240610L], ["member", 20250901L, null, 1L, 1L, 20250903L, 20250903L]], rows);
        Assert.Equal(1, StoreProbe.Scalar(db, "SELECT count(*) FROM facts f JOIN facts g ON g.id = f.superseded_by WHERE f.status = 'partner' AND g.status = 'member'"));
        Assert.Equal(3, StoreProbe.Scalar(db, "SELECT count(*) FROM fact_mentions"));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public void The_result_does_not_depend_on_the_order_articles_arrive_in(string kind)
    {
        var db = databases.New(kind);

        Write(db,
            Article("s3", "2025-09-03", Status("s3", "member")),
            Article("s1", "2024-05-02", Status("s1", "partner")));

        Assert.Equal([["partner", 20250903L], ["member", null]], StoreProbe.Rows(db, "SELECT status, valid_to FROM facts ORDER BY valid_from"));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public void A_new_holder_of_an_office_closes_the_predecessors_tenure(string kind)
    {
        var db = databases.New(kind);

        Write(db,
            Article("o1", "2023-02-01", Minister("o1", "Anna Example")),
            Article("o2", "2024-03-05", Minister("o2", "Boris Sample", "Foreign Minister")),
            Article("o3", "2024-03-06", Minister("o3", "Carla Deputy", "Deputy Foreign Minister")),
            Article("o4", "2024-04-01", Minister("o4", "Anna Example")));

        var rows = StoreProbe.Rows(db, "SELECT person, office, valid_from, valid_to, num_articles FROM facts ORDER BY valid_from");
        Assert.Equal(
        [
            ["Anna Example", "FM", 20230201L, 20240305L, 2L],
            ["Boris Sample", "FM", 20240305L, null, 1L],
            ["Carla Deputy", null, 20240306L, null, 1L],
        ], rows);
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public void Agreements_merge_by_their_sorted_parties_and_date(string kind)
    {
        var db = databases.New(kind);

        Write(db,
            Article("g1", "2025-07-17", Sample.Agreement with { Article = "g1" }),
            Article("g2", "2025-07-18", Sample.Agreement with { Article = "g2", Parties = ["LAO", "BLR"] }));

        Assert.Equal([[",BLR,LAO,", "2025-07-17", 2L, null]], StoreProbe.Rows(db, "SELECT parties, signed, num_articles, valid_to FROM facts"));
    }
}
