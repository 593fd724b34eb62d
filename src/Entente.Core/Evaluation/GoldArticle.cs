using Entente.Records;
using Entente.Sources;

namespace Entente.Evaluation;

/// <summary>One hand-coded article of an evaluation set (format: <c>eval/dev/README.md</c>).</summary>
public sealed record GoldArticle(Article Article, IReadOnlyList<GoldEvent> Events, IReadOnlyList<GoldFact> Facts)
{
    public string Id => Article.Id;
}

/// <summary>
/// A gold event. Only <see cref="Source"/>, <see cref="Target"/>, the root of <see cref="Code"/> and
/// <see cref="Date"/> are scored; <see cref="Evidence"/> locates it for error analysis.
/// </summary>
public sealed record GoldEvent(string Source, string Target, string Code, PartialDate Date, string Evidence, bool Required)
{
    public string Root => Code.Length >= 2 ? Code[..2] : Code;
    public string? Location { get; init; }
    public string? Note { get; init; }
}

/// <summary>A gold relation fact: an <see cref="GoldOffice"/>, <see cref="GoldMembership"/> or <see cref="GoldAgreement"/>.</summary>
public abstract record GoldFact(string Evidence)
{
    public abstract string Kind { get; }
}

public sealed record GoldOffice(string Person, string? Role, string Country, string Evidence) : GoldFact(Evidence)
{
    public override string Kind => "office";
}

public sealed record GoldMembership(string Country, string Org, string Status, PartialDate? Since, string Evidence) : GoldFact(Evidence)
{
    public override string Kind => "membership";
}

public sealed record GoldAgreement(IReadOnlyList<string> Parties, string? Subject, PartialDate? Signed, string Evidence) : GoldFact(Evidence)
{
    public override string Kind => "agreement";
}
