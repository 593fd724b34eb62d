using System.Globalization;
using Entente.Dictionaries;
using Entente.Knowledge;
using Entente.Records;

namespace Entente.Bench;

/// <summary>
/// A knowledge base of many events drawn from a corpus's distribution (<see cref="EventDistribution"/>): each draw
/// is one mention in a generated article (four mentions an article, one sentence each); a draw that repeats an
/// event's key adds a mention to it, as ingest would.
/// </summary>
internal sealed class SyntheticKnowledgeBase
{
    public sealed class Event
    {
        public required long Id;
        public required string Date;
        public required int Day;
        public required EventDistribution.ActorPair Pair;
        public required string Code;
        public required int Quad;
        public required double Goldstein;
        public required string Modality;
        public required long FirstArticle;
        public int Mentions = 1;
        public int Articles = 1;
        public string SourceKey => Pair.SourceCountry ?? Pair.SourceOrg ?? Pair.Source;
        public string TargetKey => Pair.TargetCountry ?? Pair.TargetOrg ?? Pair.Target;
    }

    public readonly record struct Mention(long Id, long EventId, long ArticleId, int Sentence);

    public readonly record struct GeneratedArticle(long Id, int Day, string Outlet);

    public const int MentionsPerArticle = 4;

    public static readonly string[] Outlets = ["Wire A", "Wire B", "Daily C", "Gazette D", "Post E"];

    public List<Event> Events { get; } = [];
    public List<Mention> Mentions { get; } = [];
    public List<GeneratedArticle> Articles { get; } = [];

    public static SyntheticKnowledgeBase Generate(EventDistribution distribution, IReadOnlyDictionary<string, CameoEvent> cameo, int events, int seed)
    {
        var random = new Random(seed);
        var kb = new SyntheticKnowledgeBase();
        var byKey = new Dictionary<(string, string, string, string), Event>(events);
        while (kb.Events.Count < events)
        {
            var mentionIndex = kb.Mentions.Count;
            var articleId = mentionIndex / MentionsPerArticle + 1;
            var pair = distribution.Pair(random);
            var draw = distribution.Code(random);
            var month = distribution.Month(random);
            var day = month * 100 + random.Next(1, DateTime.DaysInMonth(month / 100, month % 100) + 1);
            if (mentionIndex % MentionsPerArticle == 0) kb.Articles.Add(new GeneratedArticle(articleId, day, Outlets[random.Next(Outlets.Length)]));
            var date = DayNumber.Format(day);
            if (!byKey.TryGetValue((date, pair.Source, pair.Target, draw.Code), out var e))
            {
                var weight = cameo.TryGetValue(draw.Code, out var c) ? c : null;
                e = new Event
                {
                    Id = kb.Events.Count + 1,
                    Date = date,
                    Day = day,
                    Pair = pair,
                    Code = draw.Code,
                    Quad = weight?.QuadClass ?? 1,
                    Goldstein = weight?.Goldstein ?? 0,
                    Modality = draw.Modality == Modality.Intended ? "intended" : "asserted",
                    FirstArticle = articleId,
                };
                byKey[(date, pair.Source, pair.Target, draw.Code)] = e;
                kb.Events.Add(e);
            }
            else
            {
                e.Mentions++;
                e.Articles++;
            }
            kb.Mentions.Add(new Mention(mentionIndex + 1, e.Id, articleId, mentionIndex % MentionsPerArticle));
        }
        return kb;
    }

    public static string SentenceText(Event e) =>
        string.Create(CultureInfo.InvariantCulture, $"Generated report: {e.Pair.Source} acted towards {e.Pair.Target} under code {e.Code} on {e.Date}.");
}
