using System.Text.Json;
using Entente.Records;
using Entente.Sources;
using Entente.Tests.Evaluation;
using Entente.Tests.Output;
using Entente.Tests.Sources;
using Xunit;
using static Entente.Tests.Cli.CliHarness;

namespace Entente.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Codes exactly the required event of <see cref="GoldLoaderTests.Gold"/>, so the score is perfect.</summary>
    private static Entente.CodedArticle Perfect(Article article)
    {
        var e = Sample.Event with
        {
            Article = article.Id,
            SourceCountry = "BLR",
            TargetCountry = "LAO",
            Code = "043",
            Date = PartialDate.OfDay(new DateOnly(2024, 10, 23)),
        };
        return new Entente.CodedArticle(article, [e], [], 1, 5);
    }

    [Fact]
    public async Task Scores_gold_files_and_prints_json()
    {
        _folder.Write("gold/t1.json", GoldLoaderTests.Gold);
        Article? seen = null;

        var result = await Run(["eval", Path.Combine(_folder.Path, "gold"), "--json"], a => { seen = a; return Perfect(a); });

        Assert.Equal(0, result.Exit);
        Assert.Equal(("t1", new DateOnly(2024, 10, 23)), (seen!.Id, seen.Published));
        var overall = JsonDocument.Parse(result.Out).RootElement.GetProperty("overall");
        Assert.Equal((1.0, 1.0), (overall.GetProperty("precision").GetDouble(), overall.GetProperty("recall").GetDouble()));
    }

    [Fact]
    public async Task Prints_a_text_report_and_exits_1_when_a_gold_file_is_bad()
    {
        var good = _folder.Write("t1.json", GoldLoaderTests.Gold);
        var bad = _folder.Write("bad.json", "[]");

        var result = await Run(["eval", good, bad], a => new Entente.CodedArticle(a, [Sample.Event with { Article = a.Id }], [], 1, 5));

        Assert.Equal(1, result.Exit);
        Assert.Equal($"{bad}: expected a JSON object\n", result.Err);
        Assert.StartsWith("events      P 0.000  R 0.000", result.Out);
        Assert.Contains("missed    wrong date       BLR→LAO 043 2024-10   extracted BLR→LAO 042 2025-07-17", result.Out);
    }

    [Fact]
    public async Task An_empty_gold_folder_is_reported()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "empty"));

        var result = await Run(["eval", Path.Combine(_folder.Path, "empty")]);

        Assert.Equal(1, result.Exit);
        Assert.Contains("no .json gold files in folder", result.Err);
    }
}
