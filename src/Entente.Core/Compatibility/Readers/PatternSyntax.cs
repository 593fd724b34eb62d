using Entente.Dictionaries;
using Entente.Text;

namespace Entente.Compatibility.Readers;

/// <summary>
/// Turns the text of one pattern line into Entente pattern elements. Both dictionary languages are read:
/// <list type="bullet">
/// <item>PETRARCH-1/TABARI: words, <c>*</c> the verb, <c>+</c> the target, <c>$</c> the source, <c>%</c> a compound
/// actor, <c>^</c> one actor or agent phrase skipped, <c>&amp;SET</c> a synonym set, <c>_</c> joining neighbours with no
/// gap (<c>IN_*</c>, <c>NEW_&amp;TIETYPES_RELATIONS</c>);</item>
/// <item>PETRARCH-2 adds <c>(PREP NP)</c> prepositional phrases (a bare <c>(TO)</c> holds the target) and
/// <c>{A B}</c> noun phrases, whose words are matched next to each other.</item>
/// </list>
/// Literal words match exactly; synonym-set members also match their plurals unless the member or the set is marked
/// with a trailing <c>_</c>.
/// </summary>
internal static class PatternSyntax
{
    public static List<PatternElement>? Parse(string text, IReadOnlyDictionary<string, PatternElement> synsets, Action<string> warn)
    {
        var elements = new List<PatternElement>();
        var spaced = text.Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
            .Replace("{", " { ", StringComparison.Ordinal).Replace("}", " } ", StringComparison.Ordinal);
        var joinNext = false;
        var groupStart = -1;
        var inNounPhrase = false;
        var nounPhraseStart = -1;
        foreach (var chunk in spaced.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            switch (chunk)
            {
                case "(":
                    groupStart = elements.Count;
                    joinNext = false;
                    continue;
                case ")":
                    // "(TO)": a preposition alone introduces the target.
                    if (groupStart >= 0 && elements.Count == groupStart + 1 && elements[^1].Kind == PatternElementKind.Words)
                        elements.Add(new PatternElement(PatternElementKind.Target, Text: "+"));
                    groupStart = -1;
                    joinNext = false;
                    continue;
                case "{":
                    inNounPhrase = true;
                    joinNext = false;
                    continue;
                case "}":
                    inNounPhrase = false;
                    nounPhraseStart = -1;
                    joinNext = false;
                    continue;
            }
            var first = true;
            // The words of a {NOUN PHRASE} follow each other: {AIR CAMPAIGN} is not "air strike ... campaign".
            if (inNounPhrase && nounPhraseStart >= 0 && elements.Count > nounPhraseStart) joinNext = true;
            if (inNounPhrase && nounPhraseStart < 0) nounPhraseStart = elements.Count;
            foreach (var part in chunk.Split('_'))
            {
                if (part.Length == 0) continue;
                var element = Element(part, synsets, warn);
                if (element is null) return null;
                elements.Add((first ? joinNext : true) ? element with { Adjacent = true } : element);
                first = false;
            }
            joinNext = chunk.Length > 1 && chunk[^1] == '_';
        }
        var heads = elements.Count(e => e.Kind == PatternElementKind.Head);
        if (heads != 1)
        {
            warn(heads == 0 ? "pattern without '*'" : "pattern with more than one '*'");
            return null;
        }
        if (elements[0].Adjacent) elements[0] = elements[0] with { Adjacent = false };
        return elements;
    }

    private static PatternElement? Element(string part, IReadOnlyDictionary<string, PatternElement> synsets, Action<string> warn)
    {
        switch (part)
        {
            case "*": return new PatternElement(PatternElementKind.Head, Text: "*");
            case "+": return new PatternElement(PatternElementKind.Target, Text: "+");
            case "$": return new PatternElement(PatternElementKind.Source, Text: "$");
            case "%": return new PatternElement(PatternElementKind.Compound, Text: "%");
            case "^": return new PatternElement(PatternElementKind.Skip, Text: "^");
        }
        if (part[0] == '&' && part.Length > 1)
        {
            if (synsets.TryGetValue(part.TrimEnd('_'), out var set)) return set;
            // PETRARCH2 keeps an undefined set's name as literal text; so does Entente (it never matches prose).
            warn($"undefined synonym set {part}");
        }
        return Literal(part);
    }

    /// <summary>A literal word or multi-token word (<c>ANTI-</c>, <c>N'T</c>), matched exactly.</summary>
    public static PatternElement Literal(string word)
    {
        var tokens = Tokenizer.Tokenize(word).Select(t => t.Norm).ToArray();
        return tokens.Length == 1
            ? new PatternElement(PatternElementKind.Words, new HashSet<string>(StringComparer.Ordinal) { tokens[0] }, word)
            : new PatternElement(PatternElementKind.Words, new HashSet<string>(StringComparer.Ordinal), word, [tokens]);
    }

    /// <summary>A synonym set: its single-word members (and plurals) as words, its multi-word members as phrases.</summary>
    public static PatternElement Synset(string name, IEnumerable<(string Member, bool Plurals)> members)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new List<string[]>();
        foreach (var (member, plurals) in members)
        {
            var tokens = Tokenizer.Tokenize(member).Select(t => t.Norm).ToArray();
            if (tokens.Length == 0) continue;
            if (tokens.Length == 1) words.Add(tokens[0]);
            else phrases.Add(tokens);
            if (!plurals) continue;
            var plural = (string[])tokens.Clone();
            plural[^1] = Inflector.Plural(plural[^1]);
            if (plural.Length == 1) words.Add(plural[0]);
            else phrases.Add(plural);
        }
        return new PatternElement(PatternElementKind.Words, words, name, phrases.Count > 0 ? phrases : null);
    }
}
