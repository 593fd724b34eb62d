using System.Data.Common;
using Entente.Knowledge;
using Entente.Store.Data;

namespace Entente.Store.Queries;

/// <summary>Reads stored facts of each kind, with the latest mention of each as evidence.</summary>
internal static class FactReader
{
    private const string Common = "f.id, f.valid_from, f.valid_to, f.num_mentions, f.num_articles";

    public static List<MembershipFactRow> Memberships(DbConnection connection, string condition, params (string, object?)[] parameters)
    {
        var sql = $"SELECT {Common}, f.country, f.org, f.status FROM facts f WHERE f.kind = 'membership' AND ({condition}) ORDER BY f.valid_from, f.id";
        return Read(connection, sql, parameters, (r, e) =>
            new MembershipFactRow(Db.Long(r, 0), r.GetString(5), r.GetString(6), r.GetString(7), Db.Int(r, 1), Db.NullableInt(r, 2), e));
    }

    public static List<OfficeFactRow> Offices(DbConnection connection, string condition, params (string, object?)[] parameters)
    {
        var sql = $"SELECT {Common}, f.person, f.role, f.office, f.country FROM facts f WHERE f.kind = 'office' AND ({condition}) ORDER BY f.valid_from, f.id";
        return Read(connection, sql, parameters, (r, e) =>
            new OfficeFactRow(Db.Long(r, 0), r.GetString(5), r.GetString(6), Db.Text(r, 7), r.GetString(8), Db.Int(r, 1), Db.NullableInt(r, 2), e));
    }

    /// <summary>Agreements whose parties include every one of <paramref name="parties"/>.</summary>
    public static List<AgreementInfo> Agreements(DbConnection connection, IReadOnlyList<string> parties, int? fromDay, int? toDay, int limit)
    {
        var where = new SqlWhere().Add("f.kind = {0}", "agreement");
        foreach (var party in parties) where.Add("f.parties LIKE {0} ESCAPE '\\'", SqlWhere.Contains($",{party},"));
        if (fromDay is { } from) where.Add("f.valid_from >= {0}", from);
        if (toDay is { } to) where.Add("f.valid_from <= {0}", to);
        using var command = where.Command(connection,
            $"SELECT {Common}, f.parties, f.subject, f.signed FROM facts f {where.Sql} ORDER BY f.valid_from DESC, f.id DESC LIMIT @limit", ("limit", limit));
        var rows = Db.Read(command, r => (Id: Db.Long(r, 0), Mentions: Db.Int(r, 3), Articles: Db.Int(r, 4), Parties: r.GetString(5), Subject: Db.Text(r, 6), Signed: Db.Text(r, 7)));
        var evidence = Evidence(connection, rows.Select(x => (x.Id, x.Mentions, x.Articles)).ToList());
        return rows.Select(x => new AgreementInfo(x.Parties.Split(',', StringSplitOptions.RemoveEmptyEntries), x.Subject, x.Signed, evidence.GetValueOrDefault(x.Id))).ToList();
    }

    /// <summary>Maps each row, then attaches the evidence of every fact in one more query.</summary>
    private static List<T> Read<T>(DbConnection connection, string sql, (string, object?)[] parameters, Func<DbDataReader, FactEvidence?, T> map)
        where T : class
    {
        using var command = Db.Command(connection, null, sql, parameters);
        var rows = Db.Read(command, r => (Id: Db.Long(r, 0), Mentions: Db.Int(r, 3), Articles: Db.Int(r, 4), Row: map(r, null)));
        var evidence = Evidence(connection, rows.Select(x => (x.Id, x.Mentions, x.Articles)).ToList());
        return rows.Select(x => evidence.TryGetValue(x.Id, out var e) ? Attach(x.Row, e) : x.Row).ToList();
    }

    private static T Attach<T>(T row, FactEvidence evidence) where T : class => row switch
    {
        MembershipFactRow m => (T)(object)(m with { Evidence = evidence }),
        OfficeFactRow o => (T)(object)(o with { Evidence = evidence }),
        _ => row,
    };

    /// <summary>The latest mention of each fact (by publication date).</summary>
    internal static Dictionary<long, FactEvidence> Evidence(DbConnection connection, List<(long Id, int Mentions, int Articles)> facts)
    {
        var result = new Dictionary<long, FactEvidence>();
        foreach (var chunk in facts.Chunk(400))
        {
            var names = chunk.Select((_, i) => $"@f{i}");
            var sql = $"""
                SELECT fm.fact_id, a.article_key, a.published, fm.sentence, s.text, s.start_offset
                FROM fact_mentions fm
                JOIN articles a ON a.id = fm.article_id
                LEFT JOIN sentences s ON s.article_id = fm.article_id AND s.idx = fm.sentence
                WHERE fm.fact_id IN ({string.Join(", ", names)})
                ORDER BY fm.fact_id, a.published DESC, fm.id DESC
                """;
            using var command = Db.Command(connection, null, sql, chunk.Select((f, i) => ($"f{i}", (object?)f.Id)).ToArray());
            var counts = chunk.ToDictionary(f => f.Id);
            foreach (var (id, article, published, sentence, text, start) in Db.Read(command,
                r => (Db.Long(r, 0), r.GetString(1), Db.Int(r, 2), Db.Int(r, 3), Db.Text(r, 4), Db.NullableInt(r, 5))))
            {
                if (result.ContainsKey(id)) continue;
                result[id] = new FactEvidence(article, DayNumber.Format(published), sentence, text, start, counts[id].Mentions, counts[id].Articles);
            }
        }
        return result;
    }
}
