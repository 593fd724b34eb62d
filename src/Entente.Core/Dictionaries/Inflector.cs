namespace Entente.Dictionaries;

/// <summary>English noun plurals and verb forms by the regular rules data/README.md documents.</summary>
public static class Inflector
{
    public static string Plural(string noun)
    {
        // Multi-word nouns inflect their last word ("air strike" → "air strikes").
        var space = noun.LastIndexOf(' ');
        if (space >= 0) return noun[..(space + 1)] + Plural(noun[(space + 1)..]);
        if (noun.Length == 0) return noun;
        if (EndsWithConsonantY(noun)) return noun[..^1] + "ies";
        if (noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith('z') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal))
            return noun + "es";
        return noun + "s";
    }

    public static string ThirdPerson(string verb)
    {
        if (EndsWithConsonantY(verb)) return verb[..^1] + "ies";
        if (verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith('o') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal))
            return verb + "es";
        return verb + "s";
    }

    public static string Past(string verb)
    {
        if (EndsWithConsonantY(verb)) return verb[..^1] + "ied";
        if (verb.EndsWith('e')) return verb + "d";
        return verb + "ed";
    }

    public static string Ing(string verb)
    {
        if (verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) && !verb.EndsWith("ye", StringComparison.Ordinal) && !verb.EndsWith("oe", StringComparison.Ordinal) && verb.Length > 2)
            return verb[..^1] + "ing";
        return verb + "ing";
    }

    private static bool EndsWithConsonantY(string word) =>
        word.Length > 1 && word[^1] == 'y' && "aeiou".IndexOf(word[^2]) < 0;
}
