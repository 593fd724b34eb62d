using Entente.Tests.Sources;
using static Entente.Tests.Cli.CliHarness;

namespace Entente.Tests.Compatibility;

public sealed class CompatibilityCliTests : IDisposable
{
    private readonly PetrarchFixture _fixture = new();
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        _fixture.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval", "gold.json", "--petrarch", "records.xml")]
    [InlineData("eval", "--petrarch", "no-such-records.xml")]
    [InlineData("code", "x.txt", "--dictionaries", "tabari:somewhere")]
    [InlineData("code", "x.txt", "--dictionaries", "petrarch:no-such-folder")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var result = await Run(args);

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("entente: ", result.Err);
    }

    [Fact]
    public async Task Code_reads_records_with_PETRARCH_dictionaries_and_writes_the_phoenix_layout()
    {
        var records = _folder.Write("batch.xml", """
            <Sentences>
            <Sentence date = "20120601" id ="S1_1" source = "AFP" sentence = "True"><Text>Zembla condemned Osterlich.</Text></Sentence>
            <Sentence date = "20120601" id ="S1_2" source = "AFP" sentence = "True"><Text>Zembla condemned Osterlich again.</Text></Sentence>
            <Sentence id ="S1_3" source = "AFP" sentence = "True"><Text>Undated.</Text></Sentence>
            <Sentence date = "20120602" id ="S2_1" source = "AFP" sentence = "True"><Text>Krakozhia condemned Zembla.</Text></Sentence>
            </Sentences>
            """);
        var spec = "petrarch:" + string.Join(',', _fixture.Files.All);

        var result = await Run(["code", "--dictionaries", spec, records, "--format", "phoenix"], loader: _ => throw new InvalidOperationException("unused"));

        Assert.Equal(1, result.Exit);
        Assert.Equal($"{records}:4: record S1_3: record without a date\n", result.Err);
        Assert.Equal(["20120601\tZEM\tOST\t122\t\tS1_2\tAFP", "20120602\tKRK\tZEM\t122\t\tS2_1\tAFP"], result.OutLines);
    }

    [Fact]
    public async Task Eval_petrarch_loads_the_dictionaries_the_environment_names_and_scores_per_category()
    {
        foreach (var file in _fixture.Files.All) File.Copy(file, Path.Combine(_folder.Path, Path.GetFileName(file)));
        var records = _folder.Write("v.xml", """
            <Validation>
            <Environment><Verbfile>Test.verbs.txt</Verbfile><Actorfile>Test.actors.txt</Actorfile><Agentfile>Test.agents.txt</Agentfile>
            <Discardfile>Test.discards.txt</Discardfile><Include>valid ONE</Include></Environment>
            <Sentences>
            <Sentence date="20120601" id="ONE-1" category="ONE" sentence="true">
            <EventCoding sourcecode="ZEM" targetcode="OST" eventcode="122"></EventCoding><Text>Zembla condemned Osterlich.</Text></Sentence>
            <Sentence date="20120601" id="ONE-2" category="ONE" sentence="true">
            <EventCoding sourcecode="ZEM" targetcode="KRK" eventcode="122"></EventCoding><Text>Zembla condemned Osterlich.</Text></Sentence>
            <Config option="require_dyad" value="false"></Config>
            <Sentence date="20120601" id="TWO-1" category="TWO" sentence="true">
            <EventCoding sourcecode="ZEM" targetcode="---" eventcode="122"></EventCoding><Text>Zembla condemned the weather.</Text></Sentence>
            <Sentence date="20120601" id="TWO-2" category="TWO" sentence="true">
            <EventCoding error="sentencediscard"></EventCoding><Text>Zembla condemned Osterlich at basketball.</Text></Sentence>
            </Sentences>
            </Validation>
            """);

        var result = await Run(["eval", "--petrarch", records, "--json"]);

        Assert.Equal(0, result.Exit);
        var report = System.Text.Json.JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal((3, 4), (report.GetProperty("overall").GetProperty("exact").GetInt32(), report.GetProperty("overall").GetProperty("total").GetInt32()));
        Assert.Equal((1, 2), (report.GetProperty("selected").GetProperty("exact").GetInt32(), report.GetProperty("selected").GetProperty("total").GetInt32()));
        Assert.Equal(2, report.GetProperty("categories").GetProperty("TWO").GetProperty("exact").GetInt32());
        var failure = report.GetProperty("failures")[0];
        Assert.Equal("ONE-2", failure.GetProperty("id").GetString());
        Assert.Equal("KRK", failure.GetProperty("expected")[0].GetProperty("target").GetString());
        Assert.Equal("OST", failure.GetProperty("produced")[0].GetProperty("target").GetString());
    }
}
