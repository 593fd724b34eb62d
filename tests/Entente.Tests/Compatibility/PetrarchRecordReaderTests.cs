using Entente.Compatibility.Records;
using Entente.Tests.Sources;

namespace Entente.Tests.Compatibility;

public sealed class PetrarchRecordReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Validation = """
        <Validation>
        <!-- no XML declaration, as in PETRARCH's files -->
        <Environment>
            <Verbfile>A.verbs.txt</Verbfile>
            <Actorfile>A.actors.txt</Actorfile>
            <Agentfile>A.agents.txt</Agentfile>
            <Include>valid ONE TWO</Include>
        </Environment>
        <Sentences>
        <Sentence date="20120601" id="ONE-1" category="ONE" sentence="true">
        <EventCoding sourcecode="ZEM" targetcode="OST" eventcode="122"></EventCoding>
        <EventCoding sourcecode="---GOV" targetcode="OST" eventcode="010"></EventCoding>
        <Text>
        Zembla condemned
        Osterlich.
        </Text>
        <Parse>(ROOT (S (NP (NNP Zembla)) (VP (VBD condemned) (NP (NNP Osterlich))) (. .)))</Parse>
        </Sentence>
        <Config option="require_dyad" value="False"></Config>
        <Config option="new_actor_length" value="3"></Config>
        <Sentence date="20120602" id="ONE-2" category="ONE" sentence="false">
        <EventCoding noevents = "True"></EventCoding>
        <Text>Nothing.</Text>
        </Sentence><Sentence date="20120603" id="TWO-1" category="TWO" sentence="true">
        <EventCoding error="bad_input_parse"></EventCoding>
        <Text>Zembla condemned Osterlich.</Text>
        <Parse>(ROOT (S (NP (NNP Zembla)) (VP (VBD condemned)</Parse>
        </Sentence>
        <Sentence date="2012-06-04" id="TWO-2" category="TWO" sentence="true"><Text>Bad date.</Text></Sentence>
        </Sentences>
        </Validation>
        """;

    [Fact]
    public void Reads_the_environment_the_records_and_the_configs_that_apply_to_later_records()
    {
        var items = PetrarchRecordReader.Read(_folder.Write("v.xml", Validation)).ToList();

        var environment = items[0].Environment!;
        Assert.Equal(["A.verbs.txt"], environment.VerbFiles);
        Assert.Equal(["A.actors.txt"], environment.ActorFiles);
        Assert.Equal(["valid", "ONE", "TWO"], environment.Include);
        var records = items.Where(i => i.Record is not null).Select(i => i.Record!).ToList();
        Assert.Equal(["ONE-1", "ONE-2", "TWO-1", "TWO-2"], records.Select(r => r.Id));
        var first = records[0];
        Assert.Equal(("Zembla condemned Osterlich.", new DateOnly(2012, 6, 1), RecordConfig.Default), (first.Text, first.Date, first.Config));
        Assert.Equal(["ZEM OST 122", "---GOV OST 010"], first.Expected.Select(e => e.ToString()));
        Assert.Equal(new RecordConfig(RequireDyad: false, NewActorLength: 3), records[1].Config);
        Assert.Equal((false, 0), (records[1].IsSentence, records[1].Expected.Count));
    }

    [Fact]
    public void Malformed_records_say_why_and_the_file_goes_on()
    {
        var records = PetrarchRecordReader.Read(_folder.Write("v.xml", Validation)).Where(i => i.Record is not null).Select(i => i.Record!).ToList();

        Assert.Equal([null, null, "unbalanced brackets in <Parse>", "bad date '2012-06-04' (expected YYYYMMDD)"], records.Select(r => r.Problem));
        Assert.Equal("bad_input_parse", records[2].ExpectedError);
    }

    [Fact]
    public void Batch_files_become_articles_and_bad_records_become_errors_naming_their_id()
    {
        var path = _folder.Write("batch.xml", """
            <Sentences>
            <Sentence date = "20150609" id ="STORY_1" source = "AFP" sentence = "True"><Text>Zembla condemned Dol_Amroth.</Text></Sentence>
            <Sentence date = "20150609" id ="STORY_2" source = "AFP" sentence = "True"><Text>
            </Text></Sentence>
            <Sentence id ="STORY_3" source = "AFP" sentence = "True"><Text>No date.</Text></Sentence>
            </Sentences>
            """);

        var items = PetrarchArticles.Read(path).ToList();

        Assert.True(PetrarchRecordReader.IsRecordsFile(path));
        Assert.Equal(("STORY_1", "Zembla condemned Dol Amroth.", "AFP"), (items[0].Article!.Id, items[0].Article!.Text, items[0].Article!.Outlet));
        Assert.Equal("", items[1].Article!.Text);
        Assert.Equal($"{path}:5: record STORY_3: record without a date", items[2].Error!.ToString());
    }

    [Fact]
    public void Malformed_XML_ends_the_file_with_one_error()
    {
        var path = _folder.Write("broken.xml", "<Sentences>\n<Sentence date=\"20150609\" id=\"A_1\"><Text>Fine.</Text></Sentence>\n<Sentence id=\"A_2\"><Text>Unclosed</Sentence>\n");

        var items = PetrarchArticles.Read(path).ToList();

        Assert.Equal("A_1", items[0].Article!.Id);
        Assert.StartsWith($"{path}:3: malformed XML", items[1].Error!.ToString());
        Assert.Equal(2, items.Count);
    }
}
