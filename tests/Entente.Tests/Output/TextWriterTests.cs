using Entente.Output;
using Entente.Records;
using Entente.Text;
using Xunit;

namespace Entente.Tests.Output;

public sealed class TextWriterTests
{
    [Fact]
    public void Tsv_has_a_header_and_one_clean_line_per_event()
    {
        var tab = Sample.Event with { Rule = "visit\tv\nx", Location = null, SourceCountry = null };
        var output = new StringWriter();
        var writer = new TsvRecordWriter(output);
        writer.Write(Sample.Coded([Sample.Event, tab], [Sample.Office]));
        writer.Complete();

        var lines = output.ToString().Split('\n');

        Assert.Equal(TsvRecordWriter.Header, lines[0]);
        Assert.Equal("2025-07-17\tBLRGOV\tLAOGOV\t042\t04\t1\t1.9\tBLR\tLAO\tVientiane\ta1\t0\tvisit.v/visit-NP", lines[1]);
        Assert.Equal("2025-07-17\tBLRGOV\tLAOGOV\t042\t04\t1\t1.9\t\tLAO\t\ta1\t0\tvisit v x", lines[2]);
        Assert.Equal("", lines[3]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void Tsv_writes_the_header_even_with_no_events()
    {
        var output = new StringWriter();
        new TsvRecordWriter(output).Complete();

        Assert.Equal(TsvRecordWriter.Header + "\n", output.ToString());
    }

    [Fact]
    public void The_plain_table_aligns_columns_and_lists_facts_when_asked()
    {
        var longer = Sample.Event with { Source = "BLRGOVFRM", Sentence = 1, Span = new TextSpan(61, 95), Code = "057", Location = null };
        var output = new StringWriter();
        var writer = new TableRecordWriter(output, includeFacts: true);
        writer.Write(Sample.Coded([Sample.Event, longer], [Sample.Agreement]));
        writer.Write(Sample.Coded([], id: "a2"));
        writer.Complete();

        var lines = output.ToString().Split('\n');

        Assert.Equal("a1 · 2025-07-17 · Visit (2 events)", lines[0]);
        var header = lines[1];
        var targetColumn = header.IndexOf("target", StringComparison.Ordinal);
        Assert.Equal(targetColumn, lines[2].IndexOf("LAOGOV", StringComparison.Ordinal));
        Assert.Equal(targetColumn, lines[3].IndexOf("LAOGOV", StringComparison.Ordinal));
        Assert.Contains("The Belarusian delegation visited Laos", lines[2]);
        Assert.Contains(lines, l => l.Contains("BLR, LAO: visa-free travel, signed 2025-07-17", StringComparison.Ordinal));
        Assert.Contains("a2 · 2025-07-17 · Visit (no events)", lines);
        Assert.Equal("2 articles, 2 events, 1 fact", lines[^2]);
    }
}
