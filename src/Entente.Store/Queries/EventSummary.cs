namespace Entente.Store.Queries;

/// <summary>One merged event as the queries report it, with the report it is best evidenced by.</summary>
public sealed record EventSummary(
    long Id,
    string Date,
    string Source,
    string? SourceCountry,
    string? SourceOrg,
    string Target,
    string? TargetCountry,
    string? TargetOrg,
    string Code,
    string Root,
    int QuadClass,
    double Goldstein,
    string Modality,
    double Confidence,
    string? Location,
    int NumMentions,
    int NumArticles,
    int NumSources)
{
    /// <summary>The earliest-stored mention: article, sentence, span, rule and the sentence's text.</summary>
    public MentionInfo? Evidence { get; init; }

    /// <summary>Every mention, when the query asked for them (events --json).</summary>
    public IReadOnlyList<MentionInfo>? Mentions { get; init; }
}

/// <summary>One report of an event: where it was said, and how the coder read it.</summary>
public sealed record MentionInfo(
    string Article,
    string? Outlet,
    string Published,
    int Sentence,
    IReadOnlyList<int> Span,
    string? Text,
    string Rule,
    double Confidence,
    string SourceText,
    string TargetText);
