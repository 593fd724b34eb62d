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
/// <param name="Span">Offsets in the article text, not in <paramref name="Text"/>.</param>
/// <param name="SentenceStart">
/// Where <paramref name="Text"/> starts in the article, so the span maps onto the sentence exactly; null for
/// sentences stored before the knowledge base kept offsets (schema version 1).
/// </param>
public sealed record MentionInfo(
    string Article,
    string? Outlet,
    string Published,
    int Sentence,
    IReadOnlyList<int> Span,
    string? Text,
    int? SentenceStart,
    string Rule,
    double Confidence,
    string SourceText,
    string TargetText);
