using Entente.Output;
using Entente.Records;
using Xunit;

namespace Entente.Tests.Output;

public sealed class CsvEventWriterTests
{
    private const string Header =
        "date,source,target,code,root,quad_class,goldstein,source_country,target_country,location,article,sentence,rule," +
        "modality,confidence,source_text,target_text,lat,lon,mentions,articles,outlets";

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("tab\tand ünïcode", "tab\tand ünïcode")]
    public void Fields_are_quoted_only_when_rfc_4180_needs_it(string? value, string expected)
    {
        Assert.Equal(expected, CsvEventWriter.Escape(value));
    }

    [Fact]
    public void Events_have_a_header_crlf_lines_and_the_extra_columns()
    {
        var awkward = Sample.Event with
        {
            SourceText = "Belarus, \"the guests\"",
            TargetText = "Laos\nand friends",
            Location = null,
            SourceCountry = null,
            Modality = Modality.Intended,
            Confidence = 0.845,
        };
        var output = new StringWriter();
        var writer = new CsvEventWriter(output);
        writer.Write(Sample.Coded([Sample.Event, awkward], [Sample.Office]));
        writer.Complete();

        Assert.Equal(
            Header + "\r\n" +
            "2025-07-17,BLRGOV,LAOGOV,042,04,1,1.9,BLR,LAO,Vientiane,a1,0,visit.v/visit-NP,asserted,0.9,The Belarusian delegation,Laos,17.97,102.63,,,\r\n" +
            "2025-07-17,BLRGOV,LAOGOV,042,04,1,1.9,,LAO,,a1,0,visit.v/visit-NP,intended,0.85,\"Belarus, \"\"the guests\"\"\",\"Laos\nand friends\",,,,,\r\n",
            output.ToString());
    }

    [Fact]
    public void Merged_events_fill_the_counts_and_partial_dates_keep_their_precision()
    {
        var merged = ExportRow.From(Sample.Event) with { Date = PartialDate.OfMonth(2024, 10), Mentions = 12, Articles = 9, Outlets = 4, Lat = null, Lon = null };

        var output = new StringWriter();
        Assert.Equal(1, CsvEventWriter.WriteAll(output, [merged]));

        var line = output.ToString().Split("\r\n")[1];
        Assert.StartsWith("2024-10,BLRGOV,", line);
        Assert.EndsWith(",Laos,,,12,9,4", line);
    }

    [Fact]
    public async Task The_async_form_writes_the_same_and_a_header_alone_when_there_are_no_rows()
    {
        var rows = new[] { ExportRow.From(Sample.Event) };
        var sync = new StringWriter();
        CsvEventWriter.WriteAll(sync, rows);
        var async = new StringWriter();
        var empty = new StringWriter();

        Assert.Equal(1, await CsvEventWriter.WriteAllAsync(async, rows.ToAsyncEnumerable(), TestContext.Current.CancellationToken));
        Assert.Equal(0, await CsvEventWriter.WriteAllAsync(empty, AsyncEnumerable.Empty<ExportRow>(), TestContext.Current.CancellationToken));

        Assert.Equal(sync.ToString(), async.ToString());
        Assert.Equal(Header + "\r\n", empty.ToString());
    }
}
