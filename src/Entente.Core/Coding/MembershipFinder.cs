using Entente.Dictionaries;
using Entente.Records;
using Entente.Recognition;
using Entente.Recognition.Time;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Membership facts: a state, an organization and a status word in one clause (<c>Laos became an SCO partner
/// country</c>, <c>Belarus marked the first anniversary of its full SCO membership</c>, <c>Sweden, a NATO member</c>).
/// </summary>
public sealed class MembershipFinder
{
    private const int CueWindow = 2;
    private const int SinceWindow = 12;
    private const string Join = "join";
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    private readonly Dictionary<string, List<(string[] Words, string Status)>> _cues = new(StringComparer.Ordinal);

    private readonly IReadOnlyDictionary<string, VerbForm[]> _verbForms;

    public MembershipFinder(Lexicon lexicon)
    {
        _verbForms = lexicon.VerbForms;
        foreach (var cue in lexicon.Dictionaries.MembershipCues)
        {
            var words = Tokenizer.Tokenize(cue.Cue).Select(t => t.Norm).ToArray();
            if (!_cues.TryGetValue(words[0], out var list)) _cues[words[0]] = list = [];
            list.Add((words, cue.Status));
        }
        foreach (var list in _cues.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public void Find(Document doc, Sentence sentence, SentencePhrases phrases, SentenceActors actors, IReadOnlyList<TimeMention> times, List<FactRecord> facts)
    {
        var tokens = doc.Tokens;
        foreach (var orgPhrase in phrases.All)
        {
            // The organization itself, not its parent: "OSCE Minsk Group", not "OSCE".
            var orgAcronym = orgPhrase.Units.SelectMany(u => u.Parts).Select(p => p.Entry?.Organization?.Acronym).FirstOrDefault(a => a is not null);
            if (orgAcronym is null || !actors.Of(orgPhrase).Any(a => a.Org is not null && a.Country is null)) continue;
            var clauseStart = ClauseStart(tokens, sentence.FirstToken, orgPhrase.Start);
            var state = phrases.All.LastOrDefault(p => p.End <= orgPhrase.Start && p.Start >= clauseStart && IsState(p, actors));
            if (state is not null && VerbBetween(tokens, state.End, orgPhrase.Start)) state = null;
            var status = StatusNear(tokens, Reach(tokens, orgPhrase.Start, clauseStart, -1), Reach(tokens, orgPhrase.End - 1, sentence.EndToken - 1, +1) + 1, out var statusAt);
            // "ASEAN Chair Brunei", "NATO member Sweden": the state may follow the organization and its status word.
            if (state is null && status is not null && status != Join)
                state = phrases.All.FirstOrDefault(p => p.Start > statusAt && p.Start <= statusAt + 2 && IsState(p, actors));
            if (state is null) continue;
            var joined = StatusNear(tokens, state.End, orgPhrase.Start, out _) == Join || status == Join;
            if (status is null or Join) status = joined ? "member" : null;
            if (status is null) continue;
            var since = Since(doc, tokens, clauseStart, orgPhrase.End + SinceWindow, sentence, times, joined);
            foreach (var country in actors.Of(state).Where(a => a.Country is not null).Select(a => a.Country!).Distinct(StringComparer.Ordinal))
            {
                facts.Add(new MembershipFact
                {
                    Article = doc.Article.Id,
                    Sentence = sentence.Index,
                    Span = new TextSpan(tokens[Math.Min(state.Start, orgPhrase.Start)].Start, tokens[Math.Max(Math.Max(orgPhrase.End, state.End), statusAt + 1) - 1].End),
                    Text = doc.TextOf(sentence.Span),
                    Country = country,
                    Org = orgAcronym,
                    Status = status,
                    Since = since,
                });
            }
        }
    }

    private static bool IsState(ActorPhrase phrase, SentenceActors actors) =>
        actors.Of(phrase).Any(a => a.Country is not null && a.AgentCode is null or "GOV");

    /// <summary>"The Secretary urged all ARF member states": a verb other than a joining one separates state and status.</summary>
    private bool VerbBetween(Token[] tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (_verbForms.ContainsKey(tokens[k].Norm) && !_cues.ContainsKey(tokens[k].Norm)) return true;
        return false;
    }

    private string? StatusNear(Token[] tokens, int from, int to, out int at)
    {
        string? found = null;
        at = from;
        for (var k = from; k < to; k++)
        {
            if (!_cues.TryGetValue(tokens[k].Norm, out var list)) continue;
            foreach (var (words, status) in list)
            {
                if (k + words.Length > tokens.Length) continue;
                var ok = true;
                for (var w = 1; w < words.Length && ok; w++) ok = tokens[k + w].Norm == words[w];
                if (!ok) continue;
                // The most specific status wins: "applications for NATO membership" is an application.
                if (found is null || Priority(status) > Priority(found)) { found = status; at = k + words.Length - 1; }
                break;
            }
        }
        return found;
    }

    /// <summary>
    /// How far a status word may stand from the organization: <see cref="CueWindow"/> words, not counting "of", "the",
    /// "a", "its", "full" ("member of the OSCE Minsk Group", "NATO's newest member").
    /// </summary>
    private static int Reach(Token[] tokens, int from, int limit, int step)
    {
        var k = from;
        var words = 0;
        while (k + step >= Math.Min(limit, from) && k + step <= Math.Max(limit, from) && words < CueWindow)
        {
            k += step;
            if (tokens[k].Norm is not ("of" or "the" or "a" or "an" or "its" or "their" or "'s" or "full" or "as")) words++;
        }
        return k;
    }

    private static int Priority(string status) => status switch
    {
        Join => 0,
        "member" => 1,
        "partner" or "observer" or "dialogue partner" => 2,
        "candidate" or "applicant" => 3,
        _ => 4,
    };

    /// <summary>
    /// When the status began: "the Nth anniversary of its membership" counts back from publication; a joining
    /// verb takes the clause's date; otherwise unknown.
    /// </summary>
    private static PartialDate? Since(Document doc, Token[] tokens, int from, int to, Sentence sentence, IReadOnlyList<TimeMention> times, bool joined)
    {
        to = Math.Min(to, sentence.EndToken);
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Norm is not ("anniversary" or "anniversaries")) continue;
            var years = k > from ? Array.IndexOf(Ordinals, tokens[k - 1].Norm) + 1 : 0;
            if (years <= 0) continue;
            var then = doc.Article.Published.AddYears(-years);
            return PartialDate.OfMonth(then.Year, then.Month);
        }
        if (!joined) return null;
        foreach (var t in times)
            if (sentence.FirstToken + t.TokenStart >= from && sentence.FirstToken + t.TokenStart < to) return t.Past;
        return null;
    }

    private static int ClauseStart(Token[] tokens, int start, int at)
    {
        for (var k = at - 1; k > start; k--)
            if (tokens[k].Norm is ";" or "while" or "whereas" or "but") return k + 1;
        return start;
    }
}
