using System.Text.Json;
using Entente.Tests.Support;
using static Entente.Tests.Cli.CliHarness;

namespace Entente.Tests.Compatibility;

/// <summary>
/// PETRARCH's 284 validation records (../shared/petrarch), coded from their text by <c>entente eval --petrarch</c>.
/// PETRARCH2 codes 91 of them exactly; the issue asks for at least 200. The floor below holds the level reached,
/// with a few records of slack: raise it when the coder gets better.
/// </summary>
public sealed class UnitTestSuiteTests
{
    private const int Required = 200;
    private const int Floor = 255;

    [Fact]
    public async Task Eval_petrarch_codes_at_least_200_of_the_284_records_exactly()
    {
        var file = SharedFolder.Require("petrarch/PETR.UnitTest.records.xml");

        var result = await Run(["eval", "--petrarch", file, "--json"]);

        Assert.Equal(0, result.Exit);
        var report = JsonDocument.Parse(result.Out).RootElement;
        var overall = report.GetProperty("overall");
        var selected = report.GetProperty("selected");
        var (exact, total) = (overall.GetProperty("exact").GetInt32(), overall.GetProperty("total").GetInt32());
        TestContext.Current.TestOutputHelper?.WriteLine($"exact {exact}/{total}; selected {selected.GetProperty("exact").GetInt32()}/{selected.GetProperty("total").GetInt32()}");
        foreach (var c in report.GetProperty("categories").EnumerateObject())
            TestContext.Current.TestOutputHelper?.WriteLine($"  {c.Name}: {c.Value.GetProperty("exact").GetInt32()}/{c.Value.GetProperty("total").GetInt32()}");
        Assert.Equal((284, 278), (total, selected.GetProperty("total").GetInt32()));
        Assert.True(exact >= Required, $"{exact} of {total} coded exactly; the issue asks for {Required}");
        Assert.True(exact >= Floor, $"{exact} of {total} coded exactly; the level reached is {Floor}");
        Assert.Equal(total - exact, report.GetProperty("failures").GetArrayLength());
    }

    [Fact]
    public async Task The_text_report_names_each_category_and_the_failures_with_expected_and_produced_events()
    {
        var file = SharedFolder.Require("petrarch/PETR.UnitTest.records.xml");

        var result = await Run(["eval", "--petrarch", file]);

        foreach (var category in new[] { "DEMO", "ACTOR", "AGENT", "AGENTS", "COMPOUND", "COMPOUNDx", "DATE", "MODIFY", "PARSING", "PATTERN", "SYNSET", "VERB", "ERROR" })
            Assert.Contains($"\n{category} ", result.Out);
        Assert.Contains("\n    expected: ", result.Out);
        Assert.Contains("\n    produced: ", result.Out);
        // The two records with broken parse trees are reported by id; they expect that error, so the run is a success.
        Assert.Equal(0, result.Exit);
        Assert.Contains(":11320: record ERROR-02: unbalanced brackets in <Parse>", result.Err);
    }

    [Fact]
    public async Task Code_runs_through_the_whole_unit_test_file_and_names_the_malformed_records()
    {
        var folder = SharedFolder.Require("petrarch");

        var result = await Run(["code", "--dictionaries", $"petrarch:{folder}", Path.Combine(folder, "PETR.UnitTest.records.xml"), "--format", "phoenix"],
            loader: _ => throw new InvalidOperationException("Entente's dictionaries are not used"));

        Assert.Equal(1, result.Exit);
        Assert.Equal(["ERROR-02", "ERROR-03"], result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("record ")[1].Split(':')[0]));
        Assert.True(result.OutLines.Length > 30, $"{result.OutLines.Length} events");
    }
}
