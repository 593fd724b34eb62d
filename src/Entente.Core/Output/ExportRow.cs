using Entente.Records;

namespace Entente.Output;

/// <summary>
/// One event as the export formats (CSV, Parquet) lay it out: flat and typed. A coded <see cref="EventRecord"/>
/// maps with <see cref="From"/>; a merged event from the knowledge base maps its representative mention and sets
/// <see cref="Mentions"/>, <see cref="Articles"/> and <see cref="Outlets"/>, which stay null for single events.
/// </summary>
public sealed record ExportRow
{
    public required PartialDate Date { get; init; }
    public required string Source { get; init; }
    public string? SourceCountry { get; init; }
    public string? SourceOrg { get; init; }
    public string? SourceText { get; init; }
    public required string Target { get; init; }
    public string? TargetCountry { get; init; }
    public string? TargetOrg { get; init; }
    public string? TargetText { get; init; }
    public required string Code { get; init; }
    public string Root => Code.Length > 2 ? Code[..2] : Code;
    public required double Goldstein { get; init; }
    public required int QuadClass { get; init; }
    /// <summary>The place name from the gazetteer.</summary>
    public string? Location { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public required string Article { get; init; }
    public required int Sentence { get; init; }
    /// <summary>Start of the evidence span, in UTF-16 code units of the article text.</summary>
    public required int SpanStart { get; init; }
    /// <summary>End of the evidence span (exclusive).</summary>
    public required int SpanEnd { get; init; }
    public required string Rule { get; init; }
    public Modality Modality { get; init; }
    public required double Confidence { get; init; }
    /// <summary>Reports merged into this event (null for a single coded event).</summary>
    public int? Mentions { get; init; }
    /// <summary>Distinct articles among the mentions.</summary>
    public int? Articles { get; init; }
    /// <summary>Distinct outlets among the mentions.</summary>
    public int? Outlets { get; init; }

    public string ModalityName => Modality == Modality.Intended ? "intended" : "asserted";

    /// <summary>Confidence is rounded to two places, as the JSON Lines contract writes it, so all formats agree.</summary>
    public static ExportRow From(EventRecord e) => new()
    {
        Date = e.Date,
        Source = e.Source,
        SourceCountry = e.SourceCountry,
        SourceOrg = e.SourceOrg,
        SourceText = e.SourceText,
        Target = e.Target,
        TargetCountry = e.TargetCountry,
        TargetOrg = e.TargetOrg,
        TargetText = e.TargetText,
        Code = e.Code,
        Goldstein = e.Goldstein,
        QuadClass = e.QuadClass,
        Location = e.Location?.Name,
        Lat = e.Location?.Lat,
        Lon = e.Location?.Lon,
        Article = e.Article,
        Sentence = e.Sentence,
        SpanStart = e.Span.Start,
        SpanEnd = e.Span.End,
        Rule = e.Rule,
        Modality = e.Modality,
        Confidence = Math.Round(e.Confidence, 2, MidpointRounding.AwayFromZero),
    };
}
