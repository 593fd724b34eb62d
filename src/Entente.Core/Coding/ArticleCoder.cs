using Entente.Dictionaries;
using Entente.Records;
using Entente.Recognition;
using Entente.Recognition.Time;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Codes a whole article sentence by sentence, carrying the article memory (actors, introduced people, reference
/// date) from one sentence to the next. One instance serves many threads: all per-article state is local.
/// </summary>
public sealed class ArticleCoder(Lexicon lexicon, string dictVersion)
{
    private readonly ActorAnalysis _actors = new(lexicon);
    private readonly SentenceCoder _coder = new(lexicon);
    private readonly EventRecordBuilder _records = new(lexicon, dictVersion);
    private readonly AgreementFinder _agreements = new(lexicon);
    private readonly MembershipFinder _memberships = new(lexicon);
    private readonly ActorPhraseBuilder _phraseBuilder = new(lexicon);
    private const string VisitCode = "042";
    private readonly ActorResolver _resolver = new(lexicon);
    private readonly TimeOwnership _timeOwnership = new(lexicon);

    public CodedArticle Code(Document doc)
    {
        var memory = new ArticleMemory();
        var events = new List<EventRecord>();
        var facts = new List<FactRecord>();
        var published = doc.Article.Published;
        var datelineDate = DatelineDate(doc);
        var datelinePlace = _records.PlaceNamed(doc.Dateline?.Place);
        var words = 0;
        var speakers = new Dictionary<Quotation, ActorRef?>();
        var homeState = new HomeState(lexicon);
        foreach (var sentence in doc.Sentences)
        {
            var tokens = doc.TokensOf(sentence);
            foreach (var token in tokens) if (token.IsWord) words++;
            var times = TimeRecognizer.Find(tokens, published);
            // "by 2030", "until June", "the June 20 elections": these date no event of the sentence.
            if (times.Count > 0) times = _timeOwnership.Datable(times, doc.Tokens, sentence);
            TimeMention? time = times.Count > 0 ? times[0] : null;
            var defaultDate = memory.ReferenceDate ?? datelineDate ?? PartialDate.OfDay(published);
            var actorDate = (time?.Past ?? defaultDate).Start;
            var factsBefore = facts.Count;
            var (phrases, actors) = _actors.Analyse(doc, sentence, actorDate, memory, facts);
            homeState.Observe(phrases, facts, factsBefore);
            _memberships.Find(doc, sentence, phrases, actors, times, facts);
            if (sentence.Index == 0) memory.Author = BylineAuthor(doc, sentence, phrases, actors);
            var context = new SentenceContext(SpeakerOf(doc, sentence, memory, speakers) ?? memory.Author, memory.LastPersonSubject, memory.ResolvePair(OfficeKind.None))
            {
                PreviousSubjects = memory.PreviousSubjects,
            };
            var subjects = new List<SubjectMention>();
            var candidates = _coder.Code(doc.Tokens, sentence, phrases, actors, context, subjects);
            memory.PreviousSubjects = subjects;
            if (candidates.Count == 0) continue;
            var location = _records.LocationIn(doc.Tokens, sentence, phrases) ?? datelinePlace;
            var seen = new HashSet<(string, string, string)>();
            foreach (var c in candidates)
            {
                if (!seen.Add((c.Source.Code, c.Target.Code, c.Code))) continue;
                var date = _timeOwnership.TimeOf(c, candidates, times, doc.Tokens, sentence.FirstToken) is { } tm ? tm.DateFor(c.FutureTense) : defaultDate;
                events.Add(_records.Build(doc, sentence, c, date, location));
                memory.Remember(c.Source, asSubject: true);
                if (c.Code.StartsWith(VisitCode, StringComparison.Ordinal)) memory.Visitor = c.Source;
            }
            // "Since March 3" opens a period that runs to now: later sentences do not happen on its first day.
            if (time is { Past.Precision: DatePrecision.Day } t && t.Kind != TimeKind.Vague
                && doc.Tokens[sentence.FirstToken + t.TokenStart].Norm != "since") memory.ReferenceDate = t.Past;
            _agreements.Find(doc, sentence, candidates, time?.Past ?? defaultDate, facts);
        }
        homeState.Place(doc.Article.Outlet, published, events, facts);
        // An office is stated once per article, at its first mention.
        var offices = new HashSet<(string, string)>();
        facts.RemoveAll(f => f is OfficeFact o && !offices.Add((o.Person, o.Country)));
        events.Sort((a, b) => a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence) : a.Span.Start.CompareTo(b.Span.Start));
        return new CodedArticle(doc.Article, events, facts, doc.Sentences.Length, words);
    }

    /// <summary>
    /// A byline such as <c>Antony J. Blinken, Secretary of State</c> standing alone as the first paragraph: its
    /// person is the author, whom first-person words outside quotations refer to.
    /// </summary>
    private static ActorRef? BylineAuthor(Document doc, Sentence first, SentencePhrases phrases, SentenceActors actors)
    {
        const int MaxBylineTokens = 12;
        if (first.TokenCount > MaxBylineTokens || (doc.Sentences.Length > 1 && doc.Sentences[1].Paragraph == first.Paragraph)) return null;
        return phrases.All.SelectMany(actors.Of).FirstOrDefault(a => a.Person is not null);
    }

    private static PartialDate? DatelineDate(Document doc)
    {
        if (doc.Dateline is not { Month: { } month } dl) return null;
        var year = doc.Article.Published.Year;
        if (dl.Day is { } day && day <= DateTime.DaysInMonth(year, month)) return PartialDate.OfDay(new DateOnly(year, month, day));
        return PartialDate.OfMonth(year, month);
    }

    /// <summary>The actor who speaks a sentence that lies inside a quotation, resolved from the speaker's phrase.</summary>
    private ActorRef? SpeakerOf(Document doc, Sentence sentence, ArticleMemory memory, Dictionary<Quotation, ActorRef?> speakers)
    {
        foreach (var quote in doc.Quotations)
        {
            if (quote.Span.End <= sentence.Span.Start || quote.Span.Start >= sentence.Span.End) continue;
            if (!speakers.TryGetValue(quote, out var speaker)) speakers[quote] = speaker = ResolveSpeaker(doc, quote, memory);
            return speaker;
        }
        return null;
    }

    private ActorRef? ResolveSpeaker(Document doc, Quotation quote, ArticleMemory memory)
    {
        var first = FirstTokenAtOrAfter(doc.Tokens, quote.Speaker.Start);
        var end = FirstTokenAtOrAfter(doc.Tokens, quote.Speaker.End);
        if (first >= end) return null;
        var mentions = MentionFinder.Find(lexicon, doc.Tokens, first, end);
        var phrases = _phraseBuilder.Build(doc.Tokens, first, end, mentions, memory);
        string TextOf(int a, int b) => doc.Text[doc.Tokens[a].Start..doc.Tokens[b - 1].End];
        foreach (var unit in phrases.SelectMany(p => p.Units))
            if (_resolver.Resolve(unit, TextOf, doc.Article.Published, memory) is { } speaker) return speaker;
        return null;
    }

    private static int FirstTokenAtOrAfter(Token[] tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
