namespace Entente.Store.Queries;

/// <summary>Where a stored fact was said: its latest mention, and how often it was said.</summary>
/// <param name="SentenceStart">
/// Where <paramref name="Text"/> starts in the article; null for sentences stored before the knowledge base kept
/// offsets (schema version 1).
/// </param>
public sealed record FactEvidence(string Article, string Published, int Sentence, string? Text, int? SentenceStart, int Mentions, int Articles);

/// <summary>A stored membership fact (country, org, status) with the span of time it holds.</summary>
internal sealed record MembershipFactRow(long Id, string Country, string Org, string Status, int ValidFrom, int? ValidTo, FactEvidence? Evidence);

/// <summary>A stored office fact (person, country) with the tenure the knowledge base infers.</summary>
internal sealed record OfficeFactRow(long Id, string Person, string Role, string? Office, string Country, int ValidFrom, int? ValidTo, FactEvidence? Evidence);

/// <summary>A stored agreement fact.</summary>
public sealed record AgreementInfo(IReadOnlyList<string> Parties, string? Subject, string? Signed, FactEvidence? Evidence);
