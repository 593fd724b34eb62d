using Entente.Text;

namespace Entente.Records;

/// <summary>Where an event took place, from the gazetteer.</summary>
public sealed record Location(string Name, string? Country, double? Lat, double? Lon);

public enum Modality : byte { Asserted, Intended }

/// <summary>
/// One coded event: who did what to whom, when and where, with the evidence it rests on. The JSON contract is in
/// the README ("Records"); <see cref="RecordJson"/> writes it.
/// </summary>
public sealed record EventRecord
{
    public required string Article { get; init; }
    public required int Sentence { get; init; }
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public required PartialDate Date { get; init; }
    public required string Source { get; init; }
    public string? SourceCountry { get; init; }
    public string? SourceOrg { get; init; }
    public required string SourceText { get; init; }
    public required string Target { get; init; }
    public string? TargetCountry { get; init; }
    public string? TargetOrg { get; init; }
    public required string TargetText { get; init; }
    public required string Code { get; init; }
    public string Root => Code[..2];
    public required double Goldstein { get; init; }
    public required int QuadClass { get; init; }
    public Location? Location { get; init; }
    public Modality Modality { get; init; }
    public required double Confidence { get; init; }
    public required string Rule { get; init; }
    public string? SourceEntry { get; init; }
    public string? TargetEntry { get; init; }
    public required string DictVersion { get; init; }
}
