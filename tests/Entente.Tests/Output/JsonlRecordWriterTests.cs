using System.Text;
using System.Text.Json;
using Entente.Output;
using Entente.Records;
using Entente.Text;
using Xunit;

namespace Entente.Tests.Output;

public sealed class JsonlRecordWriterTests
{
    private static string[] Write(bool facts, params CodedArticle[] articles)
    {
        var stream = new MemoryStream();
        using (var writer = new JsonlRecordWriter(stream, facts))
        {
            foreach (var a in articles) writer.Write(a);
            writer.Complete();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void An_event_has_the_contract_keys_in_the_contract_order()
    {
        var line = Assert.Single(Write(false, Sample.Coded([Sample.Event])));

        Assert.Equal(
            """{"kind":"event","article":"a1","sentence":0,"span":[21,60],"text":"VIENTIANE, July 17 — The Belarusian delegation visited Laos.","date":"2025-07-17","date_precision":"day","source":"BLRGOV","source_country":"BLR","source_org":null,"source_text":"The Belarusian delegation","target":"LAOGOV","target_country":"LAO","target_org":null,"target_text":"Laos","code":"042","root":"04","goldstein":1.9,"quad_class":1,"location":{"name":"Vientiane","country":"LAO","lat":17.97,"lon":102.63},"modality":"asserted","confidence":0.9,"rule":"visit.v/visit-NP","dict_version":"3f2a9c1e"}""",
            line);
    }

    [Fact]
    public void Optional_parts_are_written_as_the_contract_says()
    {
        var e = Sample.Event with
        {
            Location = null,
            Modality = Modality.Intended,
            Confidence = 0.6666,
            Date = PartialDate.OfMonth(2024, 10),
            TargetCountry = null,
            TargetOrg = "SCO",
            Target = "IGOSCO",
            SourceEntry = "people.txt:12",
            TargetEntry = "organizations.txt:3",
        };

        var json = JsonDocument.Parse(Assert.Single(Write(false, Sample.Coded([e])))).RootElement;

        Assert.Equal(JsonValueKind.Null, json.GetProperty("location").ValueKind);
        Assert.Equal("intended", json.GetProperty("modality").GetString());
        Assert.Equal(0.67, json.GetProperty("confidence").GetDouble());
        Assert.Equal(("2024-10", "month"), (json.GetProperty("date").GetString(), json.GetProperty("date_precision").GetString()));
        Assert.Equal(("SCO", JsonValueKind.Null), (json.GetProperty("target_org").GetString(), json.GetProperty("target_country").ValueKind));
        var keys = json.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["dict_version", "source_entry", "target_entry"], keys[^3..]);
    }

    [Fact]
    public void Facts_are_written_only_when_asked_and_in_text_order_with_events()
    {
        var second = Sample.Event with { Sentence = 1, Span = new TextSpan(61, 95), Code = "057" };
        var coded = Sample.Coded([Sample.Event, second], [Sample.Office, Sample.Membership, Sample.Agreement]);

        Assert.Equal(2, Write(false, coded).Length);
        var kinds = Write(true, coded).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString());
        Assert.Equal(["event", "office", "membership", "event", "agreement"], kinds);
    }

    [Fact]
    public void Facts_have_their_own_fields_then_the_provenance()
    {
        var lines = Write(true, Sample.Coded([], [Sample.Office, Sample.Membership, Sample.Agreement]));

        Assert.Equal(
            """{"kind":"office","person":"Maxim Ryzhenkov","role":"Minister of Foreign Affairs","role_code":"GOVFRM","country":"BLR","from":null,"to":null,"article":"a1","sentence":0,"span":[25,46],"text":"VIENTIANE, July 17 — The Belarusian delegation visited Laos."}""",
            lines[0]);
        Assert.StartsWith("""{"kind":"membership","country":"LAO","org":"SCO","status":"partner","since":"2025-07","article":"a1",""", lines[1]);
        Assert.StartsWith("""{"kind":"agreement","parties":["BLR","LAO"],"subject":"visa-free travel","signed":"2025-07-17","article":"a1",""", lines[2]);
    }

    [Fact]
    public void Many_articles_stay_well_formed_across_buffer_flushes()
    {
        var articles = Enumerable.Range(0, 500).Select(i => Sample.Coded([Sample.Event with { Article = $"a{i}", Text = "x\"\n\t" + new string('é', 300) }])).ToArray();

        var lines = Write(false, articles);

        Assert.Equal(500, lines.Length);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"a{i}"), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article").GetString()));
    }
}
