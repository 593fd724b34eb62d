using Entente.Dictionaries;

namespace Entente.Compatibility.Readers;

/// <summary>
/// Reads a TABARI/PETRARCH actor dictionary into <see cref="CodedActor"/> entries:
/// <code>
/// JANE_Q_ROE_  [ABCELI 750101-000101]       an entry: phrase and codes
/// +ROE_                                     a synonym of the entry above
///     [ABCGOV &gt;011222]                      an indented code line of the entry
/// </code>
/// Entry lines in a row with no codes between them share the codes that follow. A phrase listed by several entries
/// gets all their codes, in file order. Unlike PETRARCH2, the last entry of the
/// file is kept. Unreadable codes are reported as warnings and skipped.
/// </summary>
public static class ActorDictionaryReader
{
    public static List<CodedActor> Read(string path, List<DictionaryError> warnings)
    {
        var byPhrase = new Dictionary<string, (List<DatedCode> Codes, EntryOrigin Origin)>(StringComparer.Ordinal);
        var order = new List<string>();
        var phrases = new List<(string Phrase, EntryOrigin Origin)>();
        var codes = new List<DatedCode>();

        void Flush()
        {
            if (phrases.Count > 0 && codes.Count == 0)
                warnings.Add(new DictionaryError(phrases[0].Origin.File, phrases[0].Origin.Line, $"actor '{phrases[0].Phrase}' has no code"));
            foreach (var (phrase, origin) in phrases)
            {
                if (!byPhrase.TryGetValue(phrase, out var entry))
                {
                    byPhrase[phrase] = entry = ([], origin);
                    order.Add(phrase);
                }
                entry.Codes.AddRange(codes);
            }
            phrases.Clear();
            codes.Clear();
        }

        foreach (var line in PetrarchLines.Read(path, warnings))
        {
            var blocks = PetrarchPhrase.Brackets(line.Content, out var before);
            var phrase = PetrarchPhrase.Normalize(before.TrimStart('+'));
            if (line.Content[0] == '+')
            {
                if (phrases.Count == 0) { Warn(warnings, line, "synonym without an entry"); continue; }
            }
            // Entry lines in a row share the code lines that follow them (LEONID_BREZHNEV_, SECRETARY_BREZHNEV, ...).
            else if ((phrase.Length > 0 || !line.Indented) && (codes.Count > 0 || phrase.Length == 0))
            {
                Flush();
            }
            if (phrase.Length > 0) phrases.Add((phrase.ToUpperInvariant(), line.Origin));
            foreach (var block in blocks)
            {
                if (PetrarchDates.ParseCode(block, out var error) is { } code) codes.Add(code);
                else Warn(warnings, line, error!);
            }
            if (phrases.Count == 0 && blocks.Count > 0) Warn(warnings, line, "code line without an entry");
        }
        Flush();
        return order.Select(p => new CodedActor(p, byPhrase[p].Codes, byPhrase[p].Origin)).Where(a => a.Codes.Count > 0).ToList();
    }

    private static void Warn(List<DictionaryError> warnings, PetrarchLine line, string message) =>
        warnings.Add(new DictionaryError(line.Origin.File, line.Origin.Line, message));
}
