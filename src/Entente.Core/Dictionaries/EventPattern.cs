namespace Entente.Dictionaries;

public enum PatternElementKind : byte { Head, Words, Target, Source }

/// <summary>
/// One element of a pattern: the head word itself, a set of accepted word forms (a literal, alternatives or a
/// <c>&amp;set</c>, with plurals), or the target/source actor slot.
/// </summary>
public sealed record PatternElement(PatternElementKind Kind, IReadOnlySet<string>? Words = null, string Text = "", IReadOnlyList<string[]>? Phrases = null)
{
    /// <summary>
    /// How many tokens from <paramref name="t"/> this element covers: the longest multi-word entry that matches
    /// (<c>military cooperation</c>), else 1 for a single accepted word, else 0.
    /// </summary>
    public int MatchLength(Text.Token[] tokens, int t, int end)
    {
        var best = 0;
        if (Phrases is not null)
            foreach (var phrase in Phrases)
            {
                if (phrase.Length <= best || t + phrase.Length > end) continue;
                var ok = true;
                for (var i = 0; i < phrase.Length && ok; i++) ok = tokens[t + i].Norm == phrase[i];
                if (ok) best = phrase.Length;
            }
        if (best == 0 && Words is not null && Words.Contains(tokens[t].Norm)) best = 1;
        return best;
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
