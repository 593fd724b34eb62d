using Parquet;
using Parquet.Schema;

namespace Entente.Output;

/// <summary>
/// The Parquet layout of <see cref="ExportRow"/>: one typed column per field, in a fixed order. Dates are strings
/// (<c>2025</c>, <c>2025-07</c>, <c>2025-07-17</c>) beside <c>date_precision</c>, since a partial date has no Parquet
/// type; codes are strings; counts and coordinates are nullable.
/// </summary>
internal static class ParquetColumns
{
    private delegate Task ColumnWriter(ParquetRowGroupWriter group, DataField field, IReadOnlyList<ExportRow> rows, CancellationToken cancellationToken);

    private static readonly (DataField Field, ColumnWriter Write)[] All =
    [
        Text("date", r => r.Date.ToString()),
        Text("date_precision", r => r.Date.PrecisionName),
        Text("source", r => r.Source),
        OptionalText("source_country", r => r.SourceCountry),
        OptionalText("source_org", r => r.SourceOrg),
        OptionalText("source_text", r => r.SourceText),
        Text("target", r => r.Target),
        OptionalText("target_country", r => r.TargetCountry),
        OptionalText("target_org", r => r.TargetOrg),
        OptionalText("target_text", r => r.TargetText),
        Text("code", r => r.Code),
        Text("root", r => r.Root),
        Number("goldstein", r => r.Goldstein),
        Number("quad_class", r => r.QuadClass),
        OptionalText("location", r => r.Location),
        OptionalNumber("lat", r => r.Lat),
        OptionalNumber("lon", r => r.Lon),
        Text("article", r => r.Article),
        Number("sentence", r => r.Sentence),
        Number("span_start", r => r.SpanStart),
        Number("span_end", r => r.SpanEnd),
        Text("rule", r => r.Rule),
        Text("modality", r => r.ModalityName),
        Number("confidence", r => r.Confidence),
        OptionalNumber("mentions", r => r.Mentions),
        OptionalNumber("articles", r => r.Articles),
        OptionalNumber("outlets", r => r.Outlets),
    ];

    public static ParquetSchema Schema { get; } = new(All.Select(c => c.Field));

    /// <summary>Writes every column of one row group, in schema order as Parquet.Net requires.</summary>
    public static async Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<ExportRow> rows, CancellationToken cancellationToken)
    {
        foreach (var (field, write) in All) await write(group, field, rows, cancellationToken).ConfigureAwait(false);
        group.CompleteValidate();
    }

    private static (DataField, ColumnWriter) Text(string name, Func<ExportRow, string> get) =>
        (new DataField<string>(name, nullable: false), (group, field, rows, _) => group.WriteAsync(field, rows.Select(get).ToArray(), null));

    private static (DataField, ColumnWriter) OptionalText(string name, Func<ExportRow, string?> get) =>
        (new DataField<string>(name, nullable: true), (group, field, rows, _) => group.WriteAsync(field, rows.Select(get).ToArray()!, null));

    private static (DataField, ColumnWriter) Number<T>(string name, Func<ExportRow, T> get) where T : struct =>
        (new DataField<T>(name), (group, field, rows, ct) => group.WriteAsync<T>(field, rows.Select(get).ToArray(), null, null, ct));

    private static (DataField, ColumnWriter) OptionalNumber<T>(string name, Func<ExportRow, T?> get) where T : struct =>
        (new DataField<T?>(name), (group, field, rows, ct) => group.WriteAsync<T>(field, rows.Select(get).ToArray(), null, null, ct));
}
