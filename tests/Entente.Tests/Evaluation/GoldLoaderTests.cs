using Entente.Evaluation;
using Entente.Records;
using Entente.Tests.Sources;
using Xunit;

namespace Entente.Tests.Evaluation;

public sealed class GoldLoaderTests : IDisposable
{
    public const string Gold = """
        {
          "id": "t1",
          "published": "2024-10-23",
          "title": "Leaders meet",
          "outlet": "test",
          "url": "https://example.org/t1",
          "text": "Alpha met Beta in Kazan.",
          "events": [
            {"source": "BLR", "target": "LAO", "code": "043", "date": "2024-10", "location": "Kazan", "evidence": "Alpha met Beta", "required": true},
            {"source": "LAO", "target": "BLR", "code": "042", "date": "2024-10-23", "location": null, "evidence": "Alpha met Beta", "required": false, "note": "twin"}
          ],
          "facts": [
            {"kind": "office", "person": "Alpha", "role": "President", "country": "BLR", "evidence": "Alpha"},
            {"kind": "membership", "country": "BLR", "org": "SCO", "status": "member", "since": "2024-07-04", "evidence": "x"},
            {"kind": "agreement", "parties": ["BLR", "LAO"], "subject": "visas", "signed": null, "evidence": "y"}
          ]
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Loads_the_article_its_events_and_its_facts()
    {
        var set = GoldLoader.Load([_folder.Write("t1.json", Gold)]);

        Assert.Empty(set.Errors);
        var gold = Assert.Single(set.Articles);
        Assert.Equal(("t1", new DateOnly(2024, 10, 23), "Alpha met Beta in Kazan."), (gold.Id, gold.Article.Published, gold.Article.Text));
        Assert.Equal([true, false], gold.Events.Select(e => e.Required));
        Assert.Equal(PartialDate.OfMonth(2024, 10), gold.Events[0].Date);
        Assert.Equal("04", gold.Events[1].Root);
        Assert.IsType<GoldOffice>(gold.Facts[0]);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 7, 4)), ((GoldMembership)gold.Facts[1]).Since);
        Assert.Null(((GoldAgreement)gold.Facts[2]).Signed);
    }

    [Fact]
    public void Bad_files_and_entries_are_reported_and_the_rest_loads()
    {
        _folder.Write("sub/a.json", Gold);
        _folder.Write("b.json", "{ not json");
        _folder.Write("c.json", Gold.Replace("\"t1\"", "\"t3\"", StringComparison.Ordinal).Replace("\"code\": \"043\"", "\"code\": \"\"", StringComparison.Ordinal));
        _folder.Write("d.json", Gold);
        _folder.Write("e.txt", "ignored");

        var set = GoldLoader.Load([_folder.Path, Path.Combine(_folder.Path, "missing.json")]);

        Assert.Equal(["t3", "t1"], set.Articles.Select(a => a.Id));
        Assert.Single(set.Articles[0].Events);
        var messages = set.Errors.Select(e => $"{Path.GetFileName(e.File)}: {e.Message}").ToList();
        Assert.StartsWith("b.json: malformed JSON", messages[0]);
        Assert.StartsWith("c.json: event 0:", messages[1]);
        Assert.Equal("a.json: duplicate article id 't1'", messages[2]);
        Assert.Equal("missing.json: no such file or directory", messages[3]);
    }
}
