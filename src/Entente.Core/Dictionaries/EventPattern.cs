namespace Entente.Dictionaries;

public enum PatternElementKind : byte { Head, Words, Target, Source }

/// <summary>
/// One element of a pattern: the head word itself, a set of accepted word forms (a literal, alternatives or a
/// <c>&amp;set</c>, with plurals), or the target/source actor slot.
/// </summary>
public sealed record PatternElement(PatternElementKind Kind, IReadOnlySet<string>? Words = null, string Text = "")
{
    public bool Accepts(string norm) => Words is not null && Words.Contains(norm);
    public override string ToString() => Text;
}

/// <summary>What a pattern line's options say (verbs.txt, 5th field).</summary>
public sealed record PatternOptions(bool Symmetric, string? ReverseCode, bool Light, bool Say, bool Intent)
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

    public bool HasTarget => Elements.Any(e => e.Kind == PatternElementKind.Target);

    private static int IndexOfHead(IReadOnlyList<PatternElement> elements)
    {
        for (var i = 0; i < elements.Count; i++)
            if (elements[i].Kind == PatternElementKind.Head) return i;
        return 0;
    }
}
