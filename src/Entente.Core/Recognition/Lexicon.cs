using System.Collections.Frozen;
using Entente.Dictionaries;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// The dictionaries compiled for matching: one phrase trie for everything that names an actor or place, verb and
/// event-noun form tables, patterns by lemma, closed-class words. Immutable and thread-safe.
/// </summary>
public sealed class Lexicon
{
    public DictionarySet Dictionaries { get; }
    public PhraseTrie<LexEntry> Names { get; } = new();
    public FrozenDictionary<string, VerbForm[]> VerbForms { get; }
    public FrozenDictionary<string, string> EventNouns { get; }
    public FrozenDictionary<string, EventPattern[]> VerbPatterns { get; }
    public FrozenDictionary<string, EventPattern[]> NounPatterns { get; }
    public FrozenDictionary<string, WordClass[]> Closed { get; }
    public FrozenDictionary<string, Organization> OrganizationsByAcronym { get; }
    public FrozenDictionary<string, Country> CountriesByCode { get; }
    public FrozenDictionary<string, Place> CapitalsByCountry { get; }
    public FrozenDictionary<string, string> IntentCodes { get; }

    /// <summary>Every normalized word of each person's name and aliases (<c>joseph</c>, <c>r.</c>, <c>biden</c>), by person.</summary>
    private readonly Dictionary<Person, HashSet<string>> _personWords = new(ReferenceEqualityComparer.Instance);

    public Lexicon(DictionarySet set)
    {
        Dictionaries = set;
        IntentCodes = set.IntentCodes.ToFrozenDictionary(StringComparer.Ordinal);
        CountriesByCode = set.Countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        OrganizationsByAcronym = set.Organizations.GroupBy(o => o.Acronym, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        CapitalsByCountry = set.Places.Where(p => p.Kind == PlaceKind.Capital && p.Country is not null).GroupBy(p => p.Country!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        AddNames(set);
        VerbForms = BuildVerbForms(set);
        VerbPatterns = set.Patterns.Where(p => !p.IsNoun).GroupBy(p => p.Lemma, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Specificity).ThenBy(p => p.Breadth).ToArray(), StringComparer.Ordinal);
        NounPatterns = set.Patterns.Where(p => p.IsNoun).GroupBy(p => p.Lemma, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Specificity).ThenBy(p => p.Breadth).ToArray(), StringComparer.Ordinal);
        EventNouns = NounPatterns.Keys
            .SelectMany(lemma => new[] { (Form: lemma, Lemma: lemma), (Form: Inflector.Plural(lemma), Lemma: lemma) })
            .DistinctBy(x => x.Form, StringComparer.Ordinal)
            .ToFrozenDictionary(x => x.Form, x => x.Lemma, StringComparer.Ordinal);
        Closed = set.ClosedClass.GroupBy(w => w.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(w => w.Class).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Whether a normalized word is part of the person's name or one of the aliases.</summary>
    public bool IsNameWordOf(Person person, string norm) => _personWords.TryGetValue(person, out var words) && words.Contains(norm);

    /// <summary>Whether an initial (<c>j.</c>, <c>c.s.</c>) can stand for a word of the person's name or aliases.</summary>
    public bool IsInitialOf(Person person, string initialNorm)
    {
        if (!_personWords.TryGetValue(person, out var words)) return false;
        foreach (var letter in initialNorm)
        {
            if (!char.IsLetter(letter)) continue;
            if (!words.Any(w => w.Length > 0 && w[0] == letter)) return false;
        }
        return true;
    }

    public bool Is(string norm, WordClass cls) => Closed.TryGetValue(norm, out var classes) && Array.IndexOf(classes, cls) >= 0;

    private void AddNames(DictionarySet set)
    {
        foreach (var c in set.Countries)
        {
            foreach (var name in c.Names) AddPhrase(name, new LexEntry(LexKind.Country, c.Origin) { Country = c });
            foreach (var adj in c.Adjectives) AddPhrase(adj, new LexEntry(LexKind.Demonym, c.Origin) { Country = c });
        }
        foreach (var p in set.Places)
            foreach (var name in p.Aliases.Prepend(p.Name)) AddPhrase(name, new LexEntry(LexKind.Place, p.Origin) { Place = p });
        foreach (var m in set.Metonyms) AddPhrase(m.Phrase, new LexEntry(LexKind.Metonym, m.Origin) { Metonym = m });
        foreach (var o in set.Organizations)
            foreach (var name in o.Names.Prepend(o.Acronym)) AddPhrase(name, new LexEntry(LexKind.Organization, o.Origin) { Organization = o });
        foreach (var person in set.People)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in person.Aliases.Prepend(person.Name))
            {
                AddPhrase(name, new LexEntry(LexKind.Person, person.Offices[0].Origin) { Person = person });
                foreach (var t in Tokenizer.Tokenize(name))
                {
                    if (!t.IsWord) continue;
                    words.Add(t.Norm);
                    // "Kyung-wha" also stands for "Kyung Wha".
                    foreach (var piece in t.Norm.Split('-', StringSplitOptions.RemoveEmptyEntries)) words.Add(piece);
                }
            }
            _personWords[person] = words;
        }
        foreach (var c in set.CodedActors) AddPhrase(c.Phrase, new LexEntry(LexKind.Coded, c.Origin) { Coded = c });
        foreach (var a in set.Agents)
        {
            AddPhrase(a.Phrase, new LexEntry(LexKind.Agent, a.Origin) { Agent = a });
            foreach (var plural in a.Plurals) AddPhrase(plural, new LexEntry(LexKind.Agent, a.Origin) { Agent = a, Plural = true });
        }
    }

    private void AddPhrase(string phrase, LexEntry entry)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var letters = phrase.Where(char.IsLetter).ToArray();
        if (entry.NeedsCapital && letters.Length >= 2 && letters.All(char.IsUpper)) entry = entry with { AllCaps = true };
        Names.Add(tokens.Select(t => t.Norm).ToArray(), entry);
    }

    private static FrozenDictionary<string, VerbForm[]> BuildVerbForms(DictionarySet set)
    {
        var irregular = set.IrregularVerbs.GroupBy(v => v.Lemma, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var forms = new Dictionary<string, List<VerbForm>>(StringComparer.Ordinal);
        void Add(string form, string lemma, VerbInflection inflection)
        {
            if (!forms.TryGetValue(form, out var list)) forms[form] = list = [];
            if (!list.Contains(new VerbForm(lemma, inflection))) list.Add(new VerbForm(lemma, inflection));
        }
        var lemmas = set.Patterns.Where(p => !p.IsNoun).Select(p => p.Lemma).Distinct(StringComparer.Ordinal);
        // An irregular field may list variants ("canceled; cancelled").
        static string[] Forms(string? field, string generated) =>
            field is null ? [generated] : field.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var lemma in lemmas)
        {
            irregular.TryGetValue(lemma, out var irr);
            var pasts = Forms(irr?.Past, Inflector.Past(lemma));
            var participles = irr?.Participle is null ? pasts : Forms(irr.Participle, pasts[0]);
            Add(lemma, lemma, VerbInflection.Base);
            foreach (var f in Forms(irr?.ThirdPerson, Inflector.ThirdPerson(lemma))) Add(f, lemma, VerbInflection.ThirdPerson);
            foreach (var f in Forms(irr?.Ing, Inflector.Ing(lemma))) Add(f, lemma, VerbInflection.Ing);
            foreach (var past in pasts)
                Add(past, lemma, participles.Contains(past) ? VerbInflection.PastOrParticiple : VerbInflection.Past);
            foreach (var participle in participles.Where(p => !pasts.Contains(p)))
                Add(participle, lemma, VerbInflection.Participle);
        }
        return forms.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
