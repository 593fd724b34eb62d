using System.Text.Json;
using Entente.Dictionaries;
using Entente.Sources;
using Entente.Tests.Sources;
using Xunit;
using static Entente.Tests.Cli.CliHarness;

namespace Entente.Tests.Cli;

public sealed class CodeCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Articles(int count, int startAt = 0) => _folder.Write($"articles-{startAt}.jsonl", string.Concat(
        Enumerable.Range(startAt, count).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"Article number {i}.\",\"published\":\"2025-07-17\"}}\n")));

    [Fact]
    public async Task All_inputs_coded_is_exit_0_with_one_well_formed_record_per_line()
    {
        var result = await Run(["code", Articles(3), "--facts"]);

        Assert.Equal(0, result.Exit);
        Assert.Equal("", result.Err);
        var records = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["event", "office", "event", "office", "event", "office"], records.Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(["n0", "n1", "n2"], records.Where((_, i) => i % 2 == 0).Select(r => r.GetProperty("article").GetString()));
    }

    [Fact]
    public async Task A_bad_file_among_good_ones_is_exit_1_and_the_good_ones_are_still_coded()
    {
        var good = Articles(2);
        var bad = _folder.Write("bad.jsonl", "{\"id\":\"ok\",\"text\":\"Fine.\",\"published\":\"2025-01-01\"}\n{oops\n");
        var missing = Path.Combine(_folder.Path, "nope.txt");
        var undated = _folder.Write("undated.txt", "No dateline and no --date.");

        var result = await Run(["code", good, bad, missing, undated]);

        Assert.Equal(1, result.Exit);
        Assert.Equal(["n0", "n1", "ok"], result.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article").GetString()));
        var errors = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, errors.Length);
        Assert.StartsWith($"{bad}:2: malformed JSON", errors[0]);
        Assert.Equal($"{missing}: no such file or directory", errors[1]);
        Assert.Equal($"{undated}: missing date (use --date YYYY-MM-DD)", errors[2]);
    }

    [Fact]
    public async Task Output_order_is_input_order_however_many_jobs_run()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 60).Select(_ => random.Next(0, 8)).ToArray();
        Entente.CodedArticle SlowCoder(Article a)
        {
            Thread.Sleep(delays[int.Parse(a.Id[1..], System.Globalization.CultureInfo.InvariantCulture)]);
            return OneEventPerArticle(a);
        }

        var result = await Run(["code", Articles(30), Articles(30, startAt: 30), "--jobs", "8"], SlowCoder);

        Assert.Equal(0, result.Exit);
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"n{i}"), result.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article").GetString()));
    }

    [Fact]
    public async Task A_coder_failure_fails_only_that_article()
    {
        Entente.CodedArticle Flaky(Article a) => a.Id == "n1" ? throw new InvalidOperationException("boom") : OneEventPerArticle(a);

        var result = await Run(["code", Articles(3)], Flaky);

        Assert.Equal(1, result.Exit);
        Assert.Equal(2, result.OutLines.Length);
        Assert.EndsWith(":2: coding failed: boom\n", result.Err);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("code", "x.txt", "--format", "xml")]
    [InlineData("code", "x.txt", "--date", "17/07/2025")]
    [InlineData("code", "x.txt", "--jobs", "0")]
    [InlineData("code", "x.txt", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData()]
    public async Task Usage_errors_exit_2_with_a_hint(params string[] args)
    {
        var result = await Run(args);

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("entente: ", result.Err);
        Assert.Contains("--help'.", result.Err);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task A_missing_dictionary_folder_is_a_usage_error()
    {
        var result = await Run(["code", Articles(1), "--data", Path.Combine(_folder.Path, "no-data")]);

        Assert.Equal(2, result.Exit);
        Assert.Equal($"entente: dictionary folder not found: {Path.Combine(_folder.Path, "no-data")}\n", result.Err);
    }

    [Fact]
    public async Task A_dictionary_error_is_one_line_and_exit_2()
    {
        Func<Article, Entente.CodedArticle> Broken(string _) => throw new DictionaryLoadException([new DictionaryError("countries.txt", 12, "unknown code 'XXX'")]);

        var result = await Run(["code", Articles(1), "--data", _folder.Path], loader: Broken);

        Assert.Equal(2, result.Exit);
        Assert.Equal($"entente: cannot load dictionaries from {_folder.Path}: countries.txt:12: unknown code 'XXX'\n", result.Err);
    }

    [Fact]
    public async Task Standard_input_tsv_and_an_output_file()
    {
        var target = Path.Combine(_folder.Path, "out.tsv");

        var result = await Run(["code", "-", "--format", "tsv", "-o", target, "--date", "2025"], stdin: "VIENTIANE, July 17 — Talks.");

        Assert.Equal(0, result.Exit);
        Assert.Equal("", result.Out);
        var lines = File.ReadAllLines(target);
        Assert.StartsWith("date\tsource\ttarget", lines[0]);
        Assert.StartsWith("2025-07-17\tBLRGOV\tLAOGOV\t042", lines[1]);
    }

    [Fact]
    public async Task The_table_format_is_plain_text_when_not_on_a_terminal()
    {
        var result = await Run(["code", Articles(1), "-f", "table"]);

        Assert.Equal(0, result.Exit);
        Assert.StartsWith("n0 · 2025-07-17 (1 event)\n", result.Out);
        Assert.EndsWith("1 article, 1 event\n", result.Out);
    }

    [Fact]
    public async Task Help_explains_every_option_with_its_default()
    {
        var result = await Run(["code", "--help"]);

        Assert.Equal(0, result.Exit);
        foreach (var option in new[] { "--date", "--format", "--facts", "--output", "--data", "--jobs" }) Assert.Contains(option, result.Out);
        Assert.Contains("[default: jsonl]", result.Out);
        Assert.Contains("next to the entente executable", result.Out);
    }
}
