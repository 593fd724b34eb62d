using System.Globalization;

namespace Entente.Dictionaries;

/// <summary>Loaders for the files that say what events are: CAMEO codes, word sets, verb forms, patterns.</summary>
internal static class PatternLoader
{
    public static Dictionary<string, CameoEvent> LoadCameo(string path, List<DictionaryError> errors)
    {
        var table = new Dictionary<string, CameoEvent>(StringComparer.Ordinal);
        foreach (var line in DataFileReader.Read(path, 3, 3, errors))
        {
            if (line[0].Length is < 2 or > 4 || !line[0].All(char.IsAsciiDigit)
                || !double.TryParse(line[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                errors.Add(EntityLoader.Error(line, "expected 'CODE | goldstein | name'"));
                continue;
            }
            if (!table.TryAdd(line[0], new CameoEvent(line[0], weight, line[2], line.Origin)))
                errors.Add(EntityLoader.Error(line, $"duplicate code {line[0]}"));
        }
        return table;
    }

    public static Dictionary<string, WordSet> LoadWordSets(string path, List<DictionaryError> errors)
    {
        var sets = new Dictionary<string, WordSet>(StringComparer.Ordinal);
        foreach (var line in DataFileReader.Read(path, 2, 2, errors))
        {
            if (!line[0].StartsWith('&')) { errors.Add(EntityLoader.Error(line, "a set name starts with '&'")); continue; }
            if (!sets.TryAdd(line[0], new WordSet(line[0], line.List(1), line.Origin)))
                errors.Add(EntityLoader.Error(line, $"duplicate set {line[0]}"));
        }
        return sets;
    }

    public static List<IrregularVerb> LoadIrregularVerbs(string path, List<DictionaryError> errors) =>
        DataFileReader.Read(path, 2, 5, errors)
            .Select(l => new IrregularVerb(l[0].ToLowerInvariant(), Opt(l[1]), Opt(l[2]), Opt(l[3]), Opt(l[4]), l.Origin))
            .ToList();

    public static List<EventPattern> LoadPatterns(
        string path, IReadOnlyDictionary<string, CameoEvent> cameo, IReadOnlyDictionary<string, WordSet> sets, List<DictionaryError> errors)
    {
        var list = new List<EventPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataFileReader.Read(path, 4, 6, errors))
        {
            var lemma = line[0].ToLowerInvariant();
            var isNoun = lemma.StartsWith("n:", StringComparison.Ordinal);
            if (isNoun) lemma = lemma[2..].Trim();
            var code = line[2];
            if (!cameo.ContainsKey(code)) { errors.Add(EntityLoader.Error(line, $"unknown CAMEO code '{code}'")); continue; }
            if (line[1].Length == 0 || !ids.Add(line[1])) { errors.Add(EntityLoader.Error(line, $"missing or duplicate id '{line[1]}'")); continue; }
            if (!TryOptions(line, line[4], cameo, errors, out var options)) continue;
            if (!TryElements(line, line[3], sets, errors, out var elements)) continue;
            list.Add(new EventPattern(lemma, isNoun, line[1], code, elements, options, Opt(line[5]), line.Origin));
        }
        return list;
    }

    private static bool TryElements(DataLine line, string pattern, IReadOnlyDictionary<string, WordSet> sets, List<DictionaryError> errors, out List<PatternElement> elements)
    {
        elements = [];
        foreach (var part in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (part)
            {
                case "*": elements.Add(new PatternElement(PatternElementKind.Head, Text: "*")); continue;
                case "T": elements.Add(new PatternElement(PatternElementKind.Target, Text: "T")); continue;
                case "S": elements.Add(new PatternElement(PatternElementKind.Source, Text: "S")); continue;
            }
            var words = new HashSet<string>(StringComparer.Ordinal);
            var phrases = new List<string[]>();
            foreach (var alternative in part.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (alternative.StartsWith('&'))
                {
                    if (!sets.TryGetValue(alternative, out var set)) { errors.Add(EntityLoader.Error(line, $"unknown word set {alternative}")); return false; }
                    foreach (var word in set.Words) AddEntry(words, phrases, word);
                }
                else AddEntry(words, phrases, alternative);
            }
            elements.Add(new PatternElement(PatternElementKind.Words, words, part, phrases.Count > 0 ? phrases : null));
        }
        if (!elements.Any(e => e.Kind == PatternElementKind.Head)) elements.Insert(0, new PatternElement(PatternElementKind.Head, Text: "*"));
        return true;
    }

    /// <summary>
    /// A single word is accepted with its plural; a multi-word entry (<c>military cooperation</c>) must match as a
    /// whole, its last word singular or plural.
    /// </summary>
    private static void AddEntry(HashSet<string> words, List<string[]> phrases, string entry)
    {
        var tokens = Text.Tokenizer.Tokenize(entry.Trim()).Select(t => t.Norm).ToArray();
        if (tokens.Length == 0) return;
        if (tokens.Length == 1)
        {
            words.Add(tokens[0]);
            words.Add(Inflector.Plural(tokens[0]));
            return;
        }
        phrases.Add(tokens);
        var plural = (string[])tokens.Clone();
        plural[^1] = Inflector.Plural(plural[^1]);
        phrases.Add(plural);
    }

    private static bool TryOptions(DataLine line, string text, IReadOnlyDictionary<string, CameoEvent> cameo, List<DictionaryError> errors, out PatternOptions options)
    {
        options = PatternOptions.None;
        foreach (var option in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (option == "sym") options = options with { Symmetric = true };
            else if (option == "light") options = options with { Light = true };
            else if (option == "say") options = options with { Say = true };
            else if (option == "intent") options = options with { Intent = true };
            else if (option == "mutual") options = options with { Mutual = true };
            else if (option.StartsWith("rev=", StringComparison.Ordinal) && cameo.ContainsKey(option[4..])) options = options with { ReverseCode = option[4..] };
            else { errors.Add(EntityLoader.Error(line, $"unknown option '{option}'")); return false; }
        }
        return true;
    }

    public static Dictionary<string, string> LoadIntentCodes(string path, IReadOnlyDictionary<string, CameoEvent> cameo, List<DictionaryError> errors)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFileReader.Read(path, 2, 2, errors))
        {
            if (!cameo.ContainsKey(line[0]) || !cameo.ContainsKey(line[1])) { errors.Add(EntityLoader.Error(line, "expected 'CODE | CODE' with known CAMEO codes")); continue; }
            map[line[0]] = line[1];
        }
        return map;
    }

    private static string? Opt(string s) => s.Length == 0 ? null : s;
}
