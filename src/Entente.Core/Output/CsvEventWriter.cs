using System.Globalization;
using System.Text;

namespace Entente.Output;

/// <summary>
/// Events as RFC 4180 CSV: a header, CRLF line ends, a field quoted (quotes doubled) when it holds a comma, a quote,
/// a line break or edge spaces. Columns: the TSV ones, then <c>modality, confidence, source_text, target_text, lat,
/// lon</c>, then the merged-event counts <c>mentions, articles, outlets</c> (empty for single events). Empty means
/// null; numbers are invariant. The encoding is that of the caller's <see cref="TextWriter"/>.
/// </summary>
public sealed class CsvEventWriter(TextWriter writer) : IRecordWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "date", "source", "target", "code", "root", "quad_class", "goldstein", "source_country", "target_country",
        "location", "article", "sentence", "rule", "modality", "confidence", "source_text", "target_text", "lat", "lon",
        "mentions", "articles", "outlets",
    ];

    private const string LineEnd = "\r\n";

    private static readonly string Header = string.Join(',', Columns) + LineEnd;

    private readonly StringBuilder _line = new(256);
    private bool _headerWritten;

    /// <summary>Writes <paramref name="rows"/> after a header (written also when there are none), then flushes.</summary>
    /// <returns>The number of rows written.</returns>
    public static long WriteAll(TextWriter writer, IEnumerable<ExportRow> rows)
    {
        var csv = new CsvEventWriter(writer);
        long count = 0;
        foreach (var row in rows)
        {
            csv.Write(row);
            count++;
        }
        csv.Complete();
        return count;
    }

    /// <inheritdoc cref="WriteAll"/>
    public static async Task<long> WriteAllAsync(TextWriter writer, IAsyncEnumerable<ExportRow> rows, CancellationToken cancellationToken = default)
    {
        var csv = new CsvEventWriter(writer);
        await writer.WriteAsync(Header.AsMemory(), cancellationToken).ConfigureAwait(false);
        csv._headerWritten = true;
        long count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(csv.Format(row), cancellationToken).ConfigureAwait(false);
            count++;
        }
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>The article's events; facts have no place in this format.</summary>
    public void Write(CodedArticle article)
    {
        foreach (var e in article.Events) Write(ExportRow.From(e));
    }

    public void Write(ExportRow row)
    {
        WriteHeaderOnce();
        writer.Write(Format(row));
    }

    public void Complete()
    {
        WriteHeaderOnce();
        writer.Flush();
    }

    public void Dispose() { }

    /// <summary>A field as RFC 4180 wants it; null and empty are both the empty field.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>One line, in a buffer reused from row to row.</summary>
    private StringBuilder Format(ExportRow row)
    {
        _line.Clear();
        Field(row.Date.ToString());
        Field(row.Source);
        Field(row.Target);
        Field(row.Code);
        Field(row.Root);
        Field(Cells.Number(row.QuadClass));
        Field(Cells.Number(row.Goldstein));
        Field(row.SourceCountry);
        Field(row.TargetCountry);
        Field(row.Location);
        Field(row.Article);
        Field(Cells.Number(row.Sentence));
        Field(row.Rule);
        Field(row.ModalityName);
        Field(Cells.Number(row.Confidence));
        Field(row.SourceText);
        Field(row.TargetText);
        Field(Number(row.Lat));
        Field(Number(row.Lon));
        Field(Number(row.Mentions));
        Field(Number(row.Articles));
        Field(Number(row.Outlets));
        _line.Length--;
        return _line.Append(LineEnd);
    }

    private void Field(string? value) => _line.Append(Escape(value)).Append(',');

    private void WriteHeaderOnce()
    {
        if (_headerWritten) return;
        writer.Write(Header);
        _headerWritten = true;
    }

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
