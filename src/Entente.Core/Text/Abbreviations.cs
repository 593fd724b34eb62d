using System.Collections.Frozen;

namespace Entente.Text;

/// <summary>How a word that keeps its full stop behaves at a possible sentence end.</summary>
internal enum AbbreviationKind
{
    None,
    /// <summary><c>Dr.</c>, <c>Gen.</c>, <c>No.</c>: always followed by more of the same sentence.</summary>
    Title,
    /// <summary><c>e.g.</c>, <c>vs.</c>, <c>et al.</c>: never end a sentence in practice.</summary>
    Latin,
    /// <summary><c>Jan.</c>, <c>Sept.</c>: usually followed by a day.</summary>
    Month,
    /// <summary><c>etc.</c>, <c>Inc.</c>, <c>Jr.</c>: often the last word of a sentence.</summary>
    Suffix,
    /// <summary>A single capital with its stop: <c>J.</c> in <c>Antony J. Blinken</c>.</summary>
    Initial,
    /// <summary>Letters joined by stops: <c>U.S.</c>, <c>D.C.</c>, <c>p.m.</c>.</summary>
    Dotted,
}

/// <summary>
/// English abbreviations that keep their full stop. A short closed list, so it lives in code next to the tokenizer
/// that must agree with it; the splitter uses <see cref="Classify"/> to decide whether the stop also ends a sentence.
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> Known = new Dictionary<string, AbbreviationKind>
    {
        // Titles and ranks.
        ["mr"] = AbbreviationKind.Title, ["mrs"] = AbbreviationKind.Title, ["ms"] = AbbreviationKind.Title,
        ["messrs"] = AbbreviationKind.Title, ["mme"] = AbbreviationKind.Title, ["dr"] = AbbreviationKind.Title,
        ["prof"] = AbbreviationKind.Title, ["rev"] = AbbreviationKind.Title, ["hon"] = AbbreviationKind.Title,
        ["st"] = AbbreviationKind.Title, ["mt"] = AbbreviationKind.Title, ["ft"] = AbbreviationKind.Title,
        ["gen"] = AbbreviationKind.Title, ["lt"] = AbbreviationKind.Title, ["col"] = AbbreviationKind.Title,
        ["maj"] = AbbreviationKind.Title, ["capt"] = AbbreviationKind.Title, ["cmdr"] = AbbreviationKind.Title,
        ["adm"] = AbbreviationKind.Title, ["brig"] = AbbreviationKind.Title, ["sgt"] = AbbreviationKind.Title,
        ["sen"] = AbbreviationKind.Title, ["sens"] = AbbreviationKind.Title, ["rep"] = AbbreviationKind.Title,
        ["reps"] = AbbreviationKind.Title, ["gov"] = AbbreviationKind.Title, ["amb"] = AbbreviationKind.Title,
        ["pres"] = AbbreviationKind.Title, ["no"] = AbbreviationKind.Title, ["nos"] = AbbreviationKind.Title,
        // Latin and other never-final abbreviations.
        ["vs"] = AbbreviationKind.Latin, ["cf"] = AbbreviationKind.Latin, ["al"] = AbbreviationKind.Latin,
        ["approx"] = AbbreviationKind.Latin, ["viz"] = AbbreviationKind.Latin,
        // Months (May needs no stop).
        ["jan"] = AbbreviationKind.Month, ["feb"] = AbbreviationKind.Month, ["mar"] = AbbreviationKind.Month,
        ["apr"] = AbbreviationKind.Month, ["jun"] = AbbreviationKind.Month, ["jul"] = AbbreviationKind.Month,
        ["aug"] = AbbreviationKind.Month, ["sep"] = AbbreviationKind.Month, ["sept"] = AbbreviationKind.Month,
        ["oct"] = AbbreviationKind.Month, ["nov"] = AbbreviationKind.Month, ["dec"] = AbbreviationKind.Month,
        // Suffixes that end names and lists, and so often sentences.
        ["etc"] = AbbreviationKind.Suffix, ["inc"] = AbbreviationKind.Suffix, ["co"] = AbbreviationKind.Suffix,
        ["corp"] = AbbreviationKind.Suffix, ["ltd"] = AbbreviationKind.Suffix, ["jr"] = AbbreviationKind.Suffix,
        ["sr"] = AbbreviationKind.Suffix, ["bros"] = AbbreviationKind.Suffix,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of a bare word (without its stop) found in the list, in any letter case.</summary>
    public static AbbreviationKind Lookup(ReadOnlySpan<char> word) =>
        KnownBySpan.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    /// <summary><c>No.</c> is a title only before a number (<c>No. 5</c>); otherwise it is the word <c>no</c>.</summary>
    public static bool NeedsFollowingNumber(ReadOnlySpan<char> word) =>
        word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase);

    /// <summary>The kind of a word token's normalized form that ends with a stop (<c>u.s.</c>, <c>dr.</c>, <c>j.</c>).</summary>
    public static AbbreviationKind Classify(string norm)
    {
        if (norm.Length < 2 || norm[^1] != '.') return AbbreviationKind.None;
        var bare = norm.AsSpan(0, norm.Length - 1);
        if (bare.Contains('.'))
            return bare.Equals("e.g", StringComparison.Ordinal) || bare.Equals("i.e", StringComparison.Ordinal)
                ? AbbreviationKind.Latin
                : AbbreviationKind.Dotted;
        if (bare.Length == 1) return AbbreviationKind.Initial;
        return Lookup(bare);
    }
}
