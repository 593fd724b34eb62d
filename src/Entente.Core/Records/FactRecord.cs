using Entente.Text;

namespace Entente.Records;

/// <summary>A relation fact stated by a sentence: an office, a membership or an agreement.</summary>
public abstract record FactRecord
{
    public required string Article { get; init; }
    public required int Sentence { get; init; }
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public abstract string Kind { get; }
}

/// <summary><c>Maxim Ryzhenkov, Belarusian Minister of Foreign Affairs</c>.</summary>
public sealed record OfficeFact : FactRecord
{
    public override string Kind => "office";
    public required string Person { get; init; }
    public required string Role { get; init; }
    public string? RoleCode { get; init; }
    /// <summary>ISO alpha-3 of the state, or an organization acronym for its officials.</summary>
    public required string Country { get; init; }
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
}

/// <summary><c>Laos became an SCO partner country</c>.</summary>
public sealed record MembershipFact : FactRecord
{
    public override string Kind => "membership";
    public required string Country { get; init; }
    public required string Org { get; init; }
    public required string Status { get; init; }
    public PartialDate? Since { get; init; }
}

/// <summary><c>the foreign ministers signed a visa-free travel agreement</c>.</summary>
public sealed record AgreementFact : FactRecord
{
    public override string Kind => "agreement";
    public required IReadOnlyList<string> Parties { get; init; }
    public string? Subject { get; init; }
    public PartialDate? Signed { get; init; }
}
