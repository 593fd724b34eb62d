namespace Entente.Dictionaries;

/// <remarks>
/// <see cref="Skip"/> and <see cref="Compound"/> come from imported TABARI/PETRARCH patterns (<c>^</c> skips one actor or
/// agent phrase, <c>%</c> asks for a coordinated actor); Entente's own patterns don't use them.
/// </remarks>
public enum PatternElementKind : byte { Head, Words, Target, Source, Skip, Compound }

/// <summary>
/// One element of a pattern: the head word itself, a set of accepted word forms (a literal, alternatives or a
/// <c>&amp;set</c>, with plurals), or the target/source actor slot.
/// </summary>
public sealed record PatternElement(PatternElementKind Kind, IReadOnlySet<string>? Words = null, string Text = "", IReadOnlyList<string[]>? Phrases = null)
{
    /// <summary>
    /// No gap between this element and the one before it (TABARI's <c>_</c> connector: <c>IN_*</c>, <c>*_OUT</c>).
    /// Entente's own patterns never set it.
    /// </summary>
    public bool Adjacent { get; init; }

    // Multi-word entries indexed by their first word: matching probes one bucket, not every entry.
    private readonly Dictionary<string, string[][]>? _phrasesByFirst = Phrases?.GroupBy(p => p[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// How many tokens from <paramref name="t"/> this element covers: the longest multi-word entry that matches
    /// (<c>military cooperation</c>), else 1 for a single accepted word, else 0.
    /// </summary>
    public int MatchLength(Text.Token[] tokens, int t, int end)
    {
        if (_phrasesByFirst is not null && _phrasesByFirst.TryGetValue(tokens[t].Norm, out var candidates))
            foreach (var phrase in candidates)
            {
                if (t + phrase.Length > end) continue;
                var ok = true;
                for (var i = 1; i < phrase.Length && ok; i++) ok = tokens[t + i].Norm == phrase[i];
                if (ok) return phrase.Length;
            }
        return Words is not null && Words.Contains(tokens[t].Norm) ? 1 : 0;
    }

    /// <summary>The start of a match of this element that ends at token <paramref name="last"/>, or -1.</summary>
    public int MatchEndingAt(Text.Token[] tokens, int last, int start)
    {
        for (var s = Math.Max(start, last - 5); s <= last; s++)
            if (MatchLength(tokens, s, last + 1) == last - s + 1) return s;
        return -1;
    }

    public int Breadth => (Words?.Count ?? 0) + (Phrases?.Count ?? 0);

    public override string ToString() => Text;
}

/// <summary>What a pattern line's options say (verbs.txt, 5th field).</summary>
public sealed record PatternOptions(bool Symmetric, string? ReverseCode, bool Light, bool Say, bool Intent, bool Mutual = false)
{
    public static readonly PatternOptions None = new(false, null, false, false, false);
}

/// <summary>
/// A verb or event-noun pattern: the lemma it hangs on, its elements, the CAMEO code it gives and its id (which
/// becomes the <c>rule</c> of each event it codes).
/// </summary>
public sealed record EventPattern(
    string Lemma,
    bool IsNoun,
    string Id,
    string Code,
    IReadOnlyList<PatternElement> Elements,
    PatternOptions Options,
    string? Example,
    EntryOrigin Origin)
{
    /// <summary>Index of the head element (elements before it must precede the head; only in noun patterns).</summary>
    public int HeadIndex { get; } = IndexOfHead(Elements);

    /// <summary>How specific the pattern is: more elements win.</summary>
    public int Specificity => Elements.Count;

    /// <summary>
    /// Breaks ties between patterns with as many elements: the one whose word elements accept fewer words is the
    /// more specific (<c>accuse T of &amp;war_crime</c> before <c>accuse T of &amp;crime</c>).
    /// </summary>
    public int Breadth { get; } = Elements.Sum(e => e.Breadth);

    public bool HasTarget => Elements.Any(e => e.Kind == PatternElementKind.Target);

    private static int IndexOfHead(IReadOnlyList<PatternElement> elements)
    {
        for (var i = 0; i < elements.Count; i++)
            if (elements[i].Kind == PatternElementKind.Head) return i;
        return 0;
    }
}
