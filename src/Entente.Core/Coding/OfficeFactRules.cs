using Entente.Dictionaries;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// What an office fact needs besides a resolved actor: a role that is an office of a state or an organization
/// (not a bare "official", a citizen, an embassy or a legislature; not "leader of Belarus's" movement), and a
/// name that can be a person's (not "Independence Day", "Strategic Dialogue", "Moscow").
/// </summary>
public sealed class OfficeFactRules(Lexicon lexicon)
{
    private readonly IReadOnlySet<string> _notOffices = lexicon.Dictionaries.WordsOf(WordClasses.NotOffice);
    private readonly IReadOnlySet<string> _thingHeads = lexicon.Dictionaries.WordsOf(WordClasses.ThingHead);

    /// <summary>Agent codes whose role nouns name offices of a state or organization.</summary>
    private static readonly HashSet<string> OfficeCodes = new(StringComparer.Ordinal) { "GOV", "MIL", "JUD", "LEG", "IGO" };

    /// <summary>A role as written, without a name's honorific caught at its end ("Assistant Secretary ... Dr.").</summary>
    public static string CleanRole(string role)
    {
        var text = role.Trim();
        while (true)
        {
            var space = text.LastIndexOf(' ');
            if (space < 0) return text;
            var last = text[(space + 1)..].TrimEnd('.').ToLowerInvariant();
            if (last is not ("dr" or "mr" or "ms" or "mrs" or "prof" or "sir" or "dame" or "h.e")) return text;
            text = text[..space].TrimEnd();
        }
    }

    /// <summary>A person's name without a leading honorific ("Dr. Karen Donfried" is Karen Donfried).</summary>
    public static string CleanName(string name)
    {
        var text = name.Trim();
        while (text.IndexOf(' ') is var space and > 0 && text[..space].TrimEnd('.').ToLowerInvariant() is "dr" or "mr" or "ms" or "mrs" or "prof" or "sir" or "dame")
            text = text[(space + 1)..].TrimStart();
        return text;
    }

    /// <summary>Whether a role title (as written) and its first role noun can state an office.</summary>
    public bool IsOfficeRole(string role, PhrasePart titleHead)
    {
        if (titleHead.Entry?.Agent is not { } agent || !OfficeCodes.Contains(agent.Code)) return false;
        if (_notOffices.Contains(agent.Phrase.ToLowerInvariant())) return false;
        var text = role.Trim();
        // A bare "official" names no office ("Iranian official X"); "military official" or "senior official" may.
        if (text.Equals(agent.Phrase, StringComparison.OrdinalIgnoreCase) && agent.Phrase.Equals("official", StringComparison.OrdinalIgnoreCase)) return false;
        if (text.Length == 0 || !char.IsLetter(text[^1])) return false;
        // "leader of Belarus's": the role governs something the state has, not the state.
        if (text.Contains("'s", StringComparison.Ordinal) || text.Contains("’s", StringComparison.Ordinal) || text.Contains("s’", StringComparison.Ordinal)) return false;
        var lastWord = text[(text.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return lastWord is not ("of" or "to" or "for" or "in" or "on" or "at" or "and" or "the" or "with" or "dr" or "mr" or "ms" or "mrs");
    }

    /// <summary>
    /// Whether a name the dictionaries don't know can be a person's: no word that heads a thing's name, and not a
    /// place, state or organization the lexicon knows, unless it starts with a known given name ("Ana Lima").
    /// </summary>
    public bool IsPersonName(Token[] tokens, int start, int end)
    {
        if (end <= start) return false;
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (!t.IsWord) continue;
            if (_thingHeads.Contains(t.Norm)) return false;
            if (lexicon.Closed.ContainsKey(t.Norm) && t.Norm.Length > 2 && !t.IsCapitalized) return false;
        }
        if (lexicon.Dictionaries.GivenNames.Contains(tokens[start].Norm)) return true;
        var length = lexicon.Names.LongestMatch(start, end, i => tokens[i].Norm, out var values);
        return !(length > 0 && values.Any(v => v.Kind is LexKind.Place or LexKind.Country or LexKind.Organization or LexKind.Metonym or LexKind.Demonym));
    }
}
