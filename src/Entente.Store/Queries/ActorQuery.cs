using Entente.Knowledge;
using Entente.Records;
using Entente.Store.Data;

namespace Entente.Store.Queries;

/// <summary><c>entente actor C</c>: offices and their holders, memberships, and the most frequent partners.</summary>
public static class ActorQuery
{
    public sealed record Options(string Country, PartialDate? From, PartialDate? To, int Limit = 10);

    public static ActorReport Run(KnowledgeStore store, ReferenceData reference, Options options) => store.Read(connection =>
    {
        var c = options.Country.ToUpperInvariant();
        var offices = OfficeView.Build(c, reference.People.Where(p => p.Offices.Any(o => o.Country == c)),
            FactReader.Offices(connection, "f.country = @c", ("c", c)));
        var memberships = MembershipView.Build(reference.Memberships.Where(m => m.Country == c),
            FactReader.Memberships(connection, "f.country = @c", ("c", c)), reference, null);

        var where = new SqlWhere().Add("e.source_key = {0} OR e.target_key = {0}", c).Add("e.source_key <> e.target_key");
        EventFilter.AddDates(where, options.From, options.To);
        using var command = where.Command(connection, $"""
            SELECT CASE WHEN e.source_key = @c THEN e.target_key ELSE e.source_key END AS partner,
                   count(*) AS n,
                   sum(CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END),
                   sum(CASE WHEN e.quad_class >= 3 THEN 1 ELSE 0 END),
                   sum(e.goldstein)
            FROM events e {where.Sql}
            GROUP BY CASE WHEN e.source_key = @c THEN e.target_key ELSE e.source_key END
            ORDER BY n DESC, partner
            LIMIT @limit
            """, ("c", c), ("limit", options.Limit));
        var partners = Db.Read(command, r => new Partner(r.GetString(0), reference.CountryName(r.GetString(0)) ?? reference.Organization(r.GetString(0))?.Names.FirstOrDefault(),
            Db.Int(r, 1), Db.Int(r, 2), Db.Int(r, 3), Math.Round(Db.Double(r, 4) / Math.Max(1, Db.Int(r, 1)), 2)));
        return new ActorReport(c, reference.CountryName(c), offices, memberships, partners);
    });
}
