using Entente.Records;
using Entente.Text;

namespace Entente.Knowledge;

/// <summary>
/// One coded article arranged for storage: its events merged by <see cref="EventKey"/> (several sentences may
/// report the same event), its facts merged by <see cref="FactIdentity"/>, the actors it names and the sentences
/// that carry evidence. Independent of any database.
/// </summary>
public sealed record ArticleDigest(
    CodedArticle Coded,
    string OutletKey,
    int Day,
    IReadOnlyList<ArticleDigest.MergedEvent> Events,
    IReadOnlyList<ArticleDigest.MergedFact> Facts,
    IReadOnlyList<ArticleDigest.ActorSeen> Actors,
    IReadOnlyList<ArticleDigest.EvidenceSentence> Sentences)
{
    /// <summary>The article's reports of one event; <see cref="First"/> gives the event's attributes.</summary>
    public sealed record MergedEvent(EventKey Key, IReadOnlyList<EventRecord> Mentions)
    {
        public EventRecord First => Mentions[0];
        public double MaxConfidence => Mentions.Max(m => m.Confidence);
    }

    public sealed record MergedFact(FactIdentity Identity, IReadOnlyList<FactRecord> Mentions)
    {
        public FactRecord First => Mentions[0];
    }

    public sealed record ActorSeen(string Code, string? Country, string? Org, string? Agent, int FirstDay, int LastDay, int Mentions);

    /// <summary>
    /// A sentence that carries evidence. <see cref="Start"/> is its offset in the article, so the stored spans
    /// (article offsets) map onto it exactly; null when the article's text does not hold it where its records say.
    /// </summary>
    public sealed record EvidenceSentence(int Index, string Text, int? Start);

    public static ArticleDigest Of(CodedArticle coded, OfficeClassifier offices)
    {
        var article = coded.Article;
        // An event without both actor codes cannot be keyed or counted; the coder should not emit one.
        var usable = coded.Events.Where(e => !string.IsNullOrEmpty(e.Source) && !string.IsNullOrEmpty(e.Target)).ToList();
        var events = usable
            .GroupBy(EventKey.Of)
            .Select(g => new MergedEvent(g.Key, g.ToList()))
            .ToList();
        var facts = coded.Facts
            .GroupBy(f => FactIdentity.Of(f, offices))
            .Select(g => new MergedFact(g.Key, g.ToList()))
            .ToList();
        var sentences = usable.Select(e => (e.Sentence, e.Text, e.Span))
            .Concat(coded.Facts.Select(f => (f.Sentence, f.Text, f.Span)))
            .DistinctBy(s => s.Sentence)
            .OrderBy(s => s.Sentence)
            .Select(s => new EvidenceSentence(s.Sentence, s.Text, SentenceStart(article.Text, s.Text, s.Span)))
            .ToList();
        return new ArticleDigest(coded, OutletKeyOf(article.Outlet, article.Url), DayNumber.Of(article.Published), events, facts, ActorsOf(usable), sentences);
    }

    /// <summary>
    /// Where a record's sentence starts in the article text, or null when it is not there. The records keep only
    /// the sentence's text and an article span inside it, so the sentence starts no later than the span and no
    /// earlier than its own length before the span's end; the first occurrence from there is taken (an earlier
    /// copy of the same words would hold the span too, over the same characters).
    /// </summary>
    public static int? SentenceStart(string articleText, string sentence, TextSpan span)
    {
        if (sentence.Length == 0 || span.End > articleText.Length) return null;
        var at = articleText.IndexOf(sentence, Math.Max(0, span.End - sentence.Length), StringComparison.Ordinal);
        return at >= 0 && at <= span.Start ? at : null;
    }

    /// <summary>What counts as one outlet: its name, else the host of its URL, else "" (all unknown outlets count as one).</summary>
    public static string OutletKeyOf(string? outlet, string? url)
    {
        if (!string.IsNullOrWhiteSpace(outlet)) return outlet.Trim();
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0) return uri.Host;
        return "";
    }

    /// <summary>The agent part of an actor code (<c>BLRGOV</c> → <c>GOV</c>), or null for a bare state or an organization.</summary>
    public static string? AgentOf(string code, string? country) =>
        country is not null && code.Length > country.Length && code.StartsWith(country, StringComparison.Ordinal) ? code[country.Length..] : null;

    /// <summary>The side of a dyad an actor counts for: its state, else its organization, else its code.</summary>
    public static string SideOf(string code, string? country, string? org) => country ?? org ?? code;

    private static List<ActorSeen> ActorsOf(IReadOnlyList<EventRecord> events)
    {
        var seen = new Dictionary<string, ActorSeen>(StringComparer.Ordinal);
        void Add(string code, string? country, string? org, PartialDate date)
        {
            var first = DayNumber.First(date);
            var last = DayNumber.Last(date);
            seen[code] = seen.TryGetValue(code, out var a)
                ? a with { FirstDay = Math.Min(a.FirstDay, first), LastDay = Math.Max(a.LastDay, last), Mentions = a.Mentions + 1 }
                : new ActorSeen(code, country, org, AgentOf(code, country), first, last, 1);
        }
        foreach (var e in events)
        {
            Add(e.Source, e.SourceCountry, e.SourceOrg, e.Date);
            Add(e.Target, e.TargetCountry, e.TargetOrg, e.Date);
        }
        return seen.Values.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
    }
}
