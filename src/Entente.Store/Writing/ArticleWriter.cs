using System.Globalization;
using Entente.Knowledge;
using Entente.Records;
using Entente.Store.Data;
using static Entente.Store.Writing.WriteStatements;

namespace Entente.Store.Writing;

/// <summary>
/// Writes one digested article inside the caller's transaction: the article row first (an article already stored
/// stops here), then its evidence sentences, merged events and their mentions, actors and facts, and finally
/// re-closes the fact groups the article touched.
/// </summary>
internal sealed class ArticleWriter(IStatementRunner run, TimeProvider clock)
{
    /// <summary>False when the article was already stored (nothing is written).</summary>
    public bool Write(ArticleDigest digest)
    {
        var coded = digest.Coded;
        var article = coded.Article;
        var id = run.Scalar(InsertArticle,
            article.Id, article.Title, digest.Day, article.Outlet, article.Url, article.Origin,
            coded.SentenceCount, coded.WordCount, digest.Events.Sum(e => e.Mentions.Count), coded.Facts.Count,
            coded.Events.Count > 0 ? coded.Events[0].DictVersion : null,
            clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        if (id is not { } articleId) return false;

        foreach (var sentence in digest.Sentences) run.Execute(InsertSentence, articleId, sentence.Index, sentence.Text, sentence.Start);
        foreach (var merged in digest.Events) WriteEvent(articleId, digest.OutletKey, merged);
        foreach (var actor in digest.Actors)
            run.Execute(UpsertActor, actor.Code, actor.Country, actor.Org, actor.Agent, actor.FirstDay, actor.LastDay, actor.Mentions);
        foreach (var merged in digest.Facts) WriteFact(articleId, digest.Day, merged);
        run.Flush();

        var groups = digest.Facts.Where(f => f.Identity.Group is not null).Select(f => (f.Identity.Kind, Group: f.Identity.Group!)).Distinct().ToList();
        foreach (var chunk in groups.Chunk(FactGroups.Length)) CloseGroups(chunk);
        run.Flush();
        return true;
    }

    private void WriteEvent(long articleId, string outlet, ArticleDigest.MergedEvent merged)
    {
        var e = merged.First;
        var k = merged.Key;
        run.Execute(UpsertEvent,
            k.Date, e.Date.PrecisionName, DayNumber.First(e.Date),
            e.Source, e.SourceCountry, e.SourceOrg, ArticleDigest.AgentOf(e.Source, e.SourceCountry),
            e.Target, e.TargetCountry, e.TargetOrg, ArticleDigest.AgentOf(e.Target, e.TargetCountry),
            ArticleDigest.SideOf(e.Source, e.SourceCountry, e.SourceOrg), ArticleDigest.SideOf(e.Target, e.TargetCountry, e.TargetOrg),
            e.Code, e.Root, e.QuadClass, e.Goldstein, ModalityName(e.Modality), merged.MaxConfidence,
            e.Location?.Name, e.Location?.Country, e.Location?.Lat, e.Location?.Lon,
            merged.Mentions.Count, articleId, outlet);
        run.Execute(InsertEventSource, outlet, k.Date, k.Source, k.Target, k.Code);
        foreach (var m in merged.Mentions)
        {
            run.Execute(InsertMention,
                articleId, m.Sentence, m.Span.Start, m.Span.End, m.SourceText, m.TargetText, m.Rule, m.Confidence, ModalityName(m.Modality),
                m.SourceEntry, m.TargetEntry, k.Date, k.Source, k.Target, k.Code);
        }
    }

    private void WriteFact(long articleId, int day, ArticleDigest.MergedFact merged)
    {
        var identity = merged.Identity;
        var stated = merged.Mentions.Select(StatedFrom).Where(d => d is not null).Min();
        var (person, role, roleCode, office, country, org, status, parties, subject, signed) = merged.First switch
        {
            OfficeFact o => (o.Person, o.Role, o.RoleCode, OfficeOf(identity), o.Country, null, null, null, null, null),
            MembershipFact m => ((string?)null, (string?)null, (string?)null, (string?)null, m.Country, m.Org, m.Status, (string?)null, (string?)null, (string?)null),
            AgreementFact a => (null, null, null, null, null, null, null, $",{string.Join(',', FactIdentity.SortedParties(a))},", a.Subject, a.Signed?.ToString()),
            _ => throw new ArgumentException($"unknown fact kind '{merged.First.Kind}'", nameof(merged)),
        };
        run.Execute(UpsertFact,
            identity.Kind, identity.Key, identity.Group, person, role, roleCode, office, country, org, status, parties, subject, signed,
            stated, day, stated ?? day, merged.Mentions.Count, articleId);
        foreach (var m in merged.Mentions)
            run.Execute(InsertFactMention, articleId, m.Sentence, m.Span.Start, m.Span.End, identity.Kind, identity.Key);
    }

    /// <summary>Re-closes up to <see cref="WriteStatements.FactGroups"/> groups, read in one statement.</summary>
    private void CloseGroups((string Kind, string Group)[] groups)
    {
        var members = run.Query(FactGroups[groups.Length - 1],
            r => (Id: Db.Long(r, 0), Kind: r.GetString(1), Group: r.GetString(2), From: Db.Int(r, 3), To: Db.NullableInt(r, 4), By: Db.NullableLong(r, 5)),
            groups.SelectMany(g => new object?[] { g.Kind, g.Group }).ToArray());
        foreach (var group in members.GroupBy(m => (m.Kind, m.Group)))
        {
            var list = group.ToList();
            var closings = FactTimeline.Close(list.Select(m => new FactTimeline.Member(m.Id, m.From)).ToList());
            for (var i = 0; i < list.Count; i++)
            {
                var (member, closing) = (list[i], closings[i]);
                if (member.To != closing.ValidTo || member.By != closing.SupersededBy)
                    run.Execute(CloseFact, closing.ValidTo, closing.SupersededBy, closing.Id);
            }
        }
    }

    /// <summary>The date a mention itself gives for the fact's start (a membership's since, an office's from).</summary>
    private static int? StatedFrom(FactRecord fact) => fact switch
    {
        MembershipFact { Since: { } since } => DayNumber.First(since),
        OfficeFact { From: { } from } => DayNumber.First(from),
        _ => null,
    };

    /// <summary>The office code from the group (<c>BLR|FM</c> → FM); null for a role that is its own office.</summary>
    private static string? OfficeOf(FactIdentity identity) =>
        identity.Group is { } g && g.IndexOf('|') is var bar and >= 0 && !g.AsSpan(bar + 1).StartsWith("role:") ? g[(bar + 1)..] : null;

    public static string ModalityName(Modality modality) => modality == Modality.Intended ? "intended" : "asserted";
}
