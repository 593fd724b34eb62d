using Entente.Compatibility.Records;

namespace Entente.Compatibility.Validation;

/// <summary>How one record fared: the expected and produced events (as <c>SOURCE TARGET CODE</c>) and whether the sets are equal.</summary>
/// <param name="Selected">The file's <c>&lt;Include&gt;</c> line names the record's category and the record is marked <c>sentence="true"</c>.</param>
/// <param name="Error">Why the record could not be coded (malformed, or the coder failed), if so.</param>
public sealed record RecordOutcome(PetrarchRecord Record, bool Selected, IReadOnlyList<string> Expected, IReadOnlyList<string> Produced, bool Exact, string? Error);

/// <summary>Exact matches in one category, over all its records and over the selected ones.</summary>
public sealed record CategoryScore(string Category, int Exact, int Total, int SelectedExact, int SelectedTotal);

/// <summary>The outcome of validating a records file.</summary>
public sealed record ValidationResult(string File, IReadOnlyList<RecordOutcome> Outcomes, IReadOnlyList<CategoryScore> Categories, TimeSpan LoadTime)
{
    public int Exact => Outcomes.Count(o => o.Exact);
    public int Total => Outcomes.Count;
    public int SelectedExact => Outcomes.Count(o => o.Selected && o.Exact);
    public int SelectedTotal => Outcomes.Count(o => o.Selected);

    /// <summary>Records that could not be coded and did not expect an error either.</summary>
    public int UnexpectedErrors => Outcomes.Count(o => o.Error is not null && o.Record.ExpectedError is null);
}
