using Entente.Dictionaries;
using Entente.Text;

namespace Entente.Compatibility.Readers;

/// <summary>
/// Reads a PETRARCH-2 (<c>CAMEO.2.0.txt</c>) or PETRARCH-1/TABARI (<c>PETR.Validate.verbs.txt</c>) verb dictionary:
/// <code>
/// &amp;CURRENCY                       a synonym set, its members on '+' lines (members may be sets: +&amp;TIETYPES)
/// +DOLLAR
/// --- ABANDON [345] ---            a verb family and its default code ('---': no event)
/// ABANDON                          the family's verbs, each with an optional code and irregular forms
/// BREAK {BROKE BROKEN}
/// +CORDON_OFF  WIRE_+TAP           multi-word verbs: '+' marks the verb word (the first word if none is marked)
/// - * DIPLOMATIC TIES [901]        patterns of every verb of the family (see PatternSyntax)
/// - * (TO) [042:043]               [X:Y]: code X, and the reverse event coded Y
/// </code>
/// Each pattern line becomes one <see cref="EventPattern"/> per verb of its family (lemma = the verb word, the other
/// words of a multi-word verb joined to the verb with no gap), plus one default pattern per verb. Lines that cannot be
/// read are reported as warnings and skipped; PETRARCH2's <c>~</c> transformations are counted and skipped. Unlike
/// PETRARCH2, a <c>&lt;!--</c> comment is only a comment: it does not end pattern loading.
/// </summary>
public static class VerbDictionaryReader
{
    private sealed record VerbLine(string[] Pre, string Verb, string[] Post, string? Code, IReadOnlyList<string> Forms, EntryOrigin Origin);

    private sealed class Family(string name, string? code, EntryOrigin origin)
    {
        public string Name => name;
        public string? Code => code;
        public EntryOrigin Origin => origin;
        public List<VerbLine> Verbs { get; } = [];
        public List<(string Text, string Code, EntryOrigin Origin)> Patterns { get; } = [];
    }

    public static VerbDictionary Read(string path, List<DictionaryError> warnings)
    {
        var synsetMembers = new Dictionary<string, (List<string> Members, bool Plurals, EntryOrigin Origin)>(StringComparer.Ordinal);
        var families = new List<Family>();
        string? synset = null;
        Family? family = null;
        var transformations = 0;
        var patternLines = 0;
        foreach (var line in PetrarchLines.Read(path, warnings))
        {
            var content = line.Content;
            void Warn(string message) => warnings.Add(new DictionaryError(line.Origin.File, line.Origin.Line, message));
            if (content.StartsWith("---", StringComparison.Ordinal))
            {
                var header = content.Trim('-', ' ', '\t');
                var blocks = PetrarchPhrase.Brackets(header, out var name);
                var defaultCode = blocks.Count > 0 ? blocks[0].Trim() : null;
                if (defaultCode is not null && Code(defaultCode, line.Origin, warnings) is null) defaultCode = null;
                family = new Family(PetrarchPhrase.Normalize(name), defaultCode, line.Origin);
                families.Add(family);
                synset = null;
            }
            else if (content[0] == '&')
            {
                var name = content.Split([' ', '\t'], 2)[0];
                synset = name.TrimEnd('_');
                family = null;
                if (synsetMembers.ContainsKey(synset)) Warn($"synonym set {synset} defined again; the members are added");
                else synsetMembers[synset] = ([], !name.EndsWith('_'), line.Origin);
            }
            else if (content[0] == '~') transformations++;
            else if (content[0] == '-')
            {
                patternLines++;
                if (family is null) { Warn("pattern outside a verb family"); continue; }
                var blocks = PetrarchPhrase.Brackets(content[1..], out var text);
                if (blocks.Count == 0) { Warn("pattern without a [code]"); continue; }
                family.Patterns.Add((text.Trim(), blocks[0].Trim(), line.Origin));
            }
            else if (content[0] == '+' && synset is not null) synsetMembers[synset].Members.Add(content[1..].Trim());
            else if (family is not null) { if (ParseVerb(content, line.Origin, Warn) is { } verb) family.Verbs.Add(verb); }
            else Warn("line outside a verb family or synonym set");
        }

        var synsets = ResolveSynsets(synsetMembers, warnings);
        var patterns = new List<EventPattern>();
        var irregular = new List<IrregularVerb>();
        var verbs = 0;
        foreach (var f in families)
        {
            verbs += f.Verbs.Count;
            foreach (var v in f.Verbs)
            {
                if (v.Forms.Count > 0) irregular.Add(Irregular(v.Verb, v.Forms, v.Origin));
                var code = v.Code ?? f.Code ?? "---";
                if (Code(code, v.Origin, warnings) is { } c)
                    patterns.Add(Pattern(v, [new PatternElement(PatternElementKind.Head, Text: "*")], c.Code, c.Options, v.Origin));
            }
            foreach (var (text, codeText, origin) in f.Patterns)
            {
                var elements = PatternSyntax.Parse(text, synsets, m => warnings.Add(new DictionaryError(origin.File, origin.Line, m)));
                if (elements is null || Code(codeText, origin, warnings) is not { } c) continue;
                foreach (var v in f.Verbs) patterns.Add(Pattern(v, elements, c.Code, c.Options, origin));
            }
        }
        return new VerbDictionary(patterns, irregular, new VerbDictionaryStats(synsets.Count, families.Count, verbs, patternLines, patterns.Count, transformations));
    }

    /// <summary><c>KLM_NOP_+RST [002] {…}</c>: the words around the verb word, its code and its forms.</summary>
    private static VerbLine? ParseVerb(string content, EntryOrigin origin, Action<string> warn)
    {
        var blocks = PetrarchPhrase.Brackets(content, out var before);
        var forms = new List<string>();
        var brace = content.IndexOf('{');
        if (brace >= 0)
        {
            var close = content.IndexOf('}', brace);
            forms.AddRange(content[(brace + 1)..(close < 0 ? content.Length : close)].Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries));
            if (brace < before.Length) before = before[..brace];
        }
        var words = Words(before);
        if (words.Length == 0) { warn("verb line without a verb"); return null; }
        var at = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
        var verb = words[at].TrimStart('+').ToLowerInvariant();
        var verbForms = new List<string>();
        foreach (var form in forms)
        {
            var fw = Words(form);
            var fat = Array.FindIndex(fw, w => w.StartsWith('+'));
            if (fat < 0) fat = fw.Length == words.Length ? at : 0;
            if (fat < fw.Length) verbForms.Add(fw[fat].TrimStart('+').ToLowerInvariant());
        }
        return new VerbLine(words[..at], verb, words[(at + 1)..], blocks.Count > 0 ? blocks[0].Trim() : null, verbForms, origin);
    }

    private static string[] Words(string text) =>
        text.Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Forms listed in braces sorted into the slots Entente's irregular-verb entries have.</summary>
    private static IrregularVerb Irregular(string lemma, IReadOnlyList<string> forms, EntryOrigin origin)
    {
        var ing = forms.Where(f => f.EndsWith("ing", StringComparison.Ordinal)).ToList();
        var third = forms.Where(f => f.EndsWith('s') && !f.EndsWith("ss", StringComparison.Ordinal) && !ing.Contains(f)).ToList();
        var past = forms.Where(f => !ing.Contains(f) && !third.Contains(f) && f != lemma).ToList();
        static string? Join(IEnumerable<string> list) => list.Any() ? string.Join(';', list) : null;
        return new IrregularVerb(lemma, Join(past.Take(1)), Join(past.Skip(1)), Join(ing), Join(third), origin);
    }

    /// <summary><c>[X]</c>, <c>[X:Y]</c> (Y for the reverse event; X = Y is a symmetric act) or <c>[:Y]</c> (only the reverse).</summary>
    private static (string Code, PatternOptions Options)? Code(string text, EntryOrigin origin, List<DictionaryError> warnings)
    {
        var colon = text.IndexOf(':');
        var code = (colon < 0 ? text : text[..colon]).Trim();
        var reverse = colon < 0 ? null : text[(colon + 1)..].Trim();
        if (code.Length == 0) code = "---";
        if (code.Contains(' ', StringComparison.Ordinal) || reverse?.Contains(' ', StringComparison.Ordinal) == true)
        {
            warnings.Add(new DictionaryError(origin.File, origin.Line, $"unreadable code [{text}]"));
            return null;
        }
        // Test entries such as [+++] or [abc] are no event codes: the pattern is left out, as PETRARCH-1 ignored it.
        if (!IsEventCode(code) || (reverse is { Length: > 0 } && reverse != "---" && !IsEventCode(reverse)))
        {
            warnings.Add(new DictionaryError(origin.File, origin.Line, $"[{text}] is not a CAMEO event code; left out"));
            return null;
        }
        var options = reverse is null or "" or "---" ? PatternOptions.None
            : reverse == code ? PatternOptions.None with { Symmetric = true }
            : PatternOptions.None with { ReverseCode = reverse };
        return (code, options);
    }

    private static bool IsEventCode(string code) => code == "---" || (code.Length >= 2 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]));

    /// <summary>A pattern line applied to one verb: the verb's other words sit next to it, with no gap.</summary>
    private static EventPattern Pattern(VerbLine verb, List<PatternElement> elements, string code, PatternOptions options, EntryOrigin origin)
    {
        var id = origin.ToString();
        if (verb.Pre.Length == 0 && verb.Post.Length == 0)
            return new EventPattern(verb.Verb, false, id, code, elements, options, null, origin);
        var head = elements.FindIndex(e => e.Kind == PatternElementKind.Head);
        var combined = new List<PatternElement>(elements.Count + verb.Pre.Length + verb.Post.Length);
        combined.AddRange(elements.Take(head));
        for (var i = 0; i < verb.Pre.Length; i++)
            combined.Add(PatternSyntax.Literal(verb.Pre[i]) with { Adjacent = i > 0 || elements[head].Adjacent });
        combined.Add(elements[head] with { Adjacent = verb.Pre.Length > 0 || elements[head].Adjacent });
        foreach (var word in verb.Post) combined.Add(PatternSyntax.Literal(word) with { Adjacent = true });
        combined.AddRange(elements.Skip(head + 1));
        return new EventPattern(verb.Verb, false, id, code, combined, options, null, origin);
    }

    private static Dictionary<string, PatternElement> ResolveSynsets(
        Dictionary<string, (List<string> Members, bool Plurals, EntryOrigin Origin)> raw, List<DictionaryError> warnings)
    {
        var resolved = new Dictionary<string, PatternElement>(StringComparer.Ordinal);
        IEnumerable<(string, bool)> Expand(string name, bool plurals, HashSet<string> seen)
        {
            if (!seen.Add(name)) yield break;
            foreach (var member in raw[name].Members)
            {
                if (member.StartsWith('&'))
                {
                    var inner = member.TrimEnd('_');
                    if (raw.ContainsKey(inner))
                        foreach (var m in Expand(inner, plurals && raw[inner].Plurals, seen)) yield return m;
                    else warnings.Add(new DictionaryError(raw[name].Origin.File, raw[name].Origin.Line, $"undefined synonym set {member} in {name}"));
                    continue;
                }
                yield return (PetrarchPhrase.Normalize(member), plurals && !member.EndsWith('_'));
            }
        }
        foreach (var (name, entry) in raw)
            resolved[name] = PatternSyntax.Synset(name, Expand(name, entry.Plurals, new HashSet<string>(StringComparer.Ordinal)).ToList());
        return resolved;
    }
}
