using Entente.Dictionaries;

namespace Entente.Compatibility.Readers;

/// <summary>
/// Reads a TABARI/PETRARCH agent dictionary into <see cref="Agent"/> entries:
/// <code>
/// !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON        a substitution set
/// CONGRESS!PERSON! [~LEG]                          one agent per member: CONGRESSMAN, CONGRESSMEN, ...
/// ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]      explicit plurals ({} for none); otherwise +S, Y → IES, S → +ES
/// HUMAN_RIGHTS_BODY [NGO~]                         a code that goes before the actor's
/// </code>
/// </summary>
public static class AgentDictionaryReader
{
    public static List<Agent> Read(string path, List<DictionaryError> warnings)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var agents = new List<Agent>();
        foreach (var line in PetrarchLines.Read(path, warnings))
        {
            var content = line.Content;
            if (content[0] == '!' && content.IndexOf('=') is var eq and > 0)
            {
                sets[content[..eq].Trim()] = content[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            var blocks = PetrarchPhrase.Brackets(content, out var before);
            if (blocks.Count == 0) { Warn(warnings, line, "agent without a [code]"); continue; }
            var code = blocks[0].Trim();
            var prefix = code.EndsWith('~');
            code = code.Trim('~', ' ').ToUpperInvariant();
            if (code.Length == 0) { Warn(warnings, line, "empty agent code"); continue; }
            string[]? plurals = null;
            var brace = before.IndexOf('{');
            if (brace >= 0)
            {
                var close = before.IndexOf('}', brace);
                plurals = before[(brace + 1)..(close < 0 ? before.Length : close)]
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Phrase).ToArray();
                before = before[..brace];
            }
            foreach (var expanded in Expand(before.Trim(), sets, line, warnings))
            {
                var phrase = Phrase(expanded);
                if (phrase.Length == 0) continue;
                agents.Add(new Agent(phrase, plurals ?? [Inflector.Plural(phrase)], code, OfficeKind.None, line.Origin) { Prefix = prefix });
            }
        }
        return agents;
    }

    private static string Phrase(string text) => PetrarchPhrase.Normalize(text).ToLowerInvariant();

    /// <summary><c>FOREIGN_!MINIST!</c> → one phrase per member of <c>!MINIST!</c>.</summary>
    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets, PetrarchLine line, List<DictionaryError> warnings)
    {
        var open = phrase.IndexOf('!');
        var close = open < 0 ? -1 : phrase.IndexOf('!', open + 1);
        if (close < 0) return [phrase];
        var name = phrase[open..(close + 1)];
        if (!sets.TryGetValue(name, out var members))
        {
            Warn(warnings, line, $"unknown substitution set {name}");
            return [];
        }
        return members.SelectMany(m => Expand(string.Concat(phrase.AsSpan(0, open), m, phrase.AsSpan(close + 1)), sets, line, warnings));
    }

    private static void Warn(List<DictionaryError> warnings, PetrarchLine line, string message) =>
        warnings.Add(new DictionaryError(line.Origin.File, line.Origin.Line, message));
}
