using System.Text;
using System.Text.Json;
using Entente.Evaluation;
using Xunit;
using static Entente.Tests.Evaluation.Build;

namespace Entente.Tests.Evaluation;

public sealed class ReportTests
{
    private static EvalResult Result() => EvalResult.From([
        Score([Gold("USA", "JAM", "043"), Gold("JAM", "USA", "042")], Extracted("USA", "JAM", "043"), Extracted("RUS", "UKR", "190", "2021", span: SecondSentence, sentence: 1)),
    ]);

    [Fact]
    public void The_json_report_has_overall_facts_and_files()
    {
        var stream = new MemoryStream();
        EvalJsonReport.Write(Result(), stream);

        var root = JsonDocument.Parse(stream.ToArray()).RootElement;

        var overall = root.GetProperty("overall");
        Assert.Equal(0.5, overall.GetProperty("precision").GetDouble());
        Assert.Equal(0.5, overall.GetProperty("recall").GetDouble());
        Assert.Equal(0.5, overall.GetProperty("f1").GetDouble());
        Assert.Equal(2, overall.GetProperty("required").GetInt32());
        Assert.Equal(1, overall.GetProperty("missed_by_class").GetProperty("missing twin").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("facts").GetProperty("office").GetProperty("precision").ValueKind);
        var file = Assert.Single(root.GetProperty("files").EnumerateArray().ToList());
        Assert.Equal("g1", file.GetProperty("id").GetString());
        var missed = Assert.Single(file.GetProperty("missed").EnumerateArray().ToList());
        Assert.Equal("missing twin", missed.GetProperty("class").GetString());
        Assert.Equal("JAM", missed.GetProperty("gold").GetProperty("source").GetString());
        var spurious = Assert.Single(file.GetProperty("spurious").EnumerateArray().ToList());
        Assert.Equal(("no gold", 1), (spurious.GetProperty("class").GetString(), spurious.GetProperty("sentence").GetInt32()));
    }

    [Fact]
    public void The_text_report_shows_totals_and_each_error_with_its_sentence()
    {
        var text = new StringWriter();
        EvalTextReport.Write(Result(), text);
        var report = text.ToString();

        Assert.Contains("events      P 0.500  R 0.500  F1 0.500   1/2 required matched, 1/2 extracted correct", report);
        Assert.Contains("missed      missing twin 1", report);
        Assert.Contains("missed    missing twin     JAM→USA 042 2022-04-01   extracted USA→JAM 043 2022-04-01", report);
        Assert.Contains("spurious  no gold          RUS→UKR 190 2021", report);
        Assert.Contains("“Alpha later condemned Gamma.”", report);
    }
}
