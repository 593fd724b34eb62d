using Entente.Knowledge;
using Entente.Records;
using Entente.Store.Data;

namespace Entente.Store.Queries;

/// <summary>
/// The stored facts (offices, memberships, agreements) that match a filter, newest first, each with the time it
/// holds and its latest mention as evidence. A state matches a fact's country or one of its parties; a period
/// keeps the facts that hold at some time inside it.
/// </summary>
public static class FactQuery
{
    public static readonly string[] Kinds = ["office", "membership", "agreement"];

    public sealed record Filter
    {
        public string? Kind { get; init; }
        public string? Country { get; init; }
        public string? Org { get; init; }
        public string? Person { get; init; }
        public PartialDate? From { get; init; }
        public PartialDate? To { get; init; }
        public int Limit { get; init; } = 50;
    }

    public static List<FactSummary> Run(KnowledgeStore store, Filter filter) => store.Read(connection =>
    {
        var where = new SqlWhere();
        if (filter.Kind is { } kind) where.Add("f.kind = {0}", kind.ToLowerInvariant());
        if (filter.Country is { } country)
        {
            var code = country.ToUpperInvariant();
            where.Add("f.country = {0} OR f.parties LIKE {1} ESCAPE '\\'", code, SqlWhere.Contains($",{code},"));
        }
        if (filter.Org is { } org) where.Add("f.org = {0}", org.ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(filter.Person)) where.Add("lower(f.person) LIKE {0} ESCAPE '\\'", SqlWhere.Contains(filter.Person.Trim().ToLowerInvariant()));
        if (filter.To is { } to) where.Add("f.valid_from <= {0}", DayNumber.Last(to));
        if (filter.From is { } from) where.Add("f.valid_to IS NULL OR f.valid_to >= {0}", DayNumber.First(from));
        using var command = where.Command(connection, $"""
            SELECT f.id, f.kind, f.person, f.role, f.office, f.country, f.org, f.status, f.parties, f.subject, f.signed,
                   f.valid_from, f.valid_to, f.superseded_by, f.num_mentions, f.num_articles
            FROM facts f {where.Sql}
            ORDER BY f.valid_from DESC, f.id DESC
            LIMIT @limit
            """, ("limit", filter.Limit));
        var rows = Db.Read(command, r => (Id: Db.Long(r, 0), Mentions: Db.Int(r, 14), Articles: Db.Int(r, 15), Fact: new FactSummary(
            r.GetString(1), Db.Text(r, 2), Db.Text(r, 3), Db.Text(r, 4), Db.Text(r, 5), Db.Text(r, 6), Db.Text(r, 7),
            Db.Text(r, 8)?.Split(',', StringSplitOptions.RemoveEmptyEntries), Db.Text(r, 9), Db.Text(r, 10),
            DayNumber.Format(Db.Int(r, 11)), Db.NullableInt(r, 12) is { } until ? DayNumber.Format(until) : null, !r.IsDBNull(13), null)));
        var evidence = FactReader.Evidence(connection, rows.Select(x => (x.Id, x.Mentions, x.Articles)).ToList());
        return rows.Select(x => x.Fact with { Evidence = evidence.GetValueOrDefault(x.Id) }).ToList();
    });
}

/// <summary>
/// One stored fact: its kind and the fields of that kind (office: person, role, office, country; membership:
/// country, org, status; agreement: parties, subject, signed), the time it holds (until null: still holds;
/// superseded: a later fact of its group closed it) and its evidence.
/// </summary>
public sealed record FactSummary(
    string Kind,
    string? Person,
    string? Role,
    string? Office,
    string? Country,
    string? Org,
    string? Status,
    IReadOnlyList<string>? Parties,
    string? Subject,
    string? Signed,
    string ValidFrom,
    string? ValidTo,
    bool Superseded,
    FactEvidence? Evidence);
