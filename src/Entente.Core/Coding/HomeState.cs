using Entente.Dictionaries;
using Entente.Records;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Which state an official belongs to when the text names none ("Spokesperson Ned Price", "Deputy Secretary of State
/// Wendy Sherman met Peruvian Foreign Minister César Landa"): the article's home state. The outlet's state is the
/// strongest evidence (<c>U.S. Department of State</c>, <c>The White House</c>); then the state of the officials the
/// dictionary knows whom the text names without a state (a writer names its own side bare and qualifies the other:
/// "Secretary Blinken met Jordanian Foreign Minister Safadi"); then the state that is most often the source of the
/// article's events. From the text alone, a state the text gives explicitly to another official in a sentence that
/// names the unplaced one is not that official's ("X met Peruvian Foreign Minister Y": X is not Peruvian).
/// </summary>
public sealed class HomeState(Lexicon lexicon)
{
    private readonly Dictionary<string, int> _bareKnown = new(StringComparer.Ordinal);
    private readonly Dictionary<FactRecord, HashSet<string>> _contrasted = new(ReferenceEqualityComparer.Instance);

    /// <summary>Takes note of one sentence's actors and of the unplaced office facts it added (from <paramref name="firstNewFact"/> on).</summary>
    public void Observe(SentencePhrases phrases, List<FactRecord> facts, int firstNewFact)
    {
        var qualified = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in phrases.All.SelectMany(p => p.Units))
        {
            if (unit.Actor?.Country is not { } country) continue;
            var named = unit.Parts.Any(p => p.Kind is LexKind.Country or LexKind.Demonym or LexKind.Place or LexKind.Metonym);
            var official = unit.Parts.Any(p => p.Kind is LexKind.Agent or LexKind.Person || p.IsNewName);
            if (named && official) qualified.Add(country);
            else if (!named && unit.Parts.Any(p => p.Kind == LexKind.Person) && !unit.Actor.FromDiscourse)
                _bareKnown[country] = _bareKnown.GetValueOrDefault(country) + 1;
        }
        for (var i = firstNewFact; i < facts.Count; i++)
            if (facts[i] is OfficeFact { Country: ActorAnalysis.UnplacedCountry }) _contrasted[facts[i]] = qualified;
    }

    /// <summary>Places the unplaced office facts, or drops those with no home state.</summary>
    public void Place(string? outlet, DateOnly date, List<EventRecord> events, List<FactRecord> facts)
    {
        var fromOutlet = OutletState(outlet);
        var ranked = _bareKnown.OrderByDescending(kv => kv.Value).Select(kv => kv.Key)
            .Concat(events.Where(e => e.SourceCountry is not null).GroupBy(e => e.SourceCountry!)
                .OrderByDescending(g => g.Count()).Select(g => g.Key))
            .Distinct(StringComparer.Ordinal).ToList();
        // The states contrasted with a person anywhere in the article ("Sherman met Peruvian ...", later "Sherman and
        // the French ...").
        var contrastedByPerson = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (fact, states) in _contrasted)
        {
            var person = ((OfficeFact)fact).Person;
            if (!contrastedByPerson.TryGetValue(person, out var set)) contrastedByPerson[person] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(states);
        }
        for (var i = facts.Count - 1; i >= 0; i--)
        {
            if (facts[i] is not OfficeFact { Country: ActorAnalysis.UnplacedCountry } office) continue;
            var excluded = contrastedByPerson.GetValueOrDefault(office.Person);
            var home = fromOutlet ?? ranked.FirstOrDefault(s => excluded is null || !excluded.Contains(s));
            if (home is null || HeldByOther(home, office, date)) facts.RemoveAt(i);
            else facts[i] = office with { Country = home };
        }
    }

    /// <summary>
    /// "President Xiomara Castro" in a U.S. release: an office the dictionary tracks (head of state or government,
    /// foreign or defence minister) whose home-state holder on the date is someone else is not the home state's.
    /// </summary>
    private bool HeldByOther(string home, OfficeFact office, DateOnly date)
    {
        var tokens = Tokenizer.Tokenize(office.Role);
        var kind = MentionFinder.Find(lexicon, tokens, 0, tokens.Length)
            .Select(m => m.Entry.Agent?.Office ?? OfficeKind.None).LastOrDefault(k => k is not OfficeKind.None);
        if (kind is OfficeKind.None or OfficeKind.Minister or OfficeKind.Other) return false;
        return lexicon.Dictionaries.People.Any(p => p.Offices.Any(o => o.Country == home && o.Kind == kind && o.HeldOn(date)));
    }

    /// <summary>The state an outlet's name names ("U.S. Department of State", "The White House"), if any.</summary>
    private string? OutletState(string? outlet)
    {
        if (string.IsNullOrWhiteSpace(outlet)) return null;
        var tokens = Tokenizer.Tokenize(outlet);
        foreach (var m in MentionFinder.Find(lexicon, tokens, 0, tokens.Length))
        {
            var state = m.Entry.Kind switch
            {
                LexKind.Country or LexKind.Demonym => m.Entry.Country!.Code,
                LexKind.Metonym => m.Entry.Metonym!.ActorCode[..3],
                LexKind.Place => m.Entry.Place!.Country,
                _ => null,
            };
            if (state is not null && lexicon.CountriesByCode.ContainsKey(state)) return state;
        }
        return null;
    }
}
