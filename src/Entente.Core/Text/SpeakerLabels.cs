using System.Collections.Frozen;

namespace Entente.Text;

/// <summary>A speaker label opening a paragraph: label tokens <c>[First, End)</c>, then a colon, then the speech.</summary>
internal readonly record struct SpeakerLabel(int First, int End)
{
    public int SpeechFirst => End + 1;
}

/// <summary>
/// Transcript speaker labels: <c>SECRETARY BLINKEN:</c>, <c>MR PRICE:</c>, <c>QUESTION:</c> opening a paragraph.
/// An all-capitals label is taken when its speech reads like speech somewhere in the article (so that a data list
/// such as <c>VESSEL FLAG: Russia</c> is not); a title-case label (<c>Moderator:</c>, <c>Mr. Gonzalez:</c>) only when
/// the same label opens two or more paragraphs, as speaker turns do and list headings do not.
/// </summary>
internal static class SpeakerLabels
{
    private const int MaxWords = 6;
    private const int SpeechLikeWords = 6;

    // Capitalized words that head paragraphs without naming a speaker.
    private static readonly FrozenSet<string> Headings = new[]
    {
        "note", "notes", "editor's note", "update", "updated", "background", "what", "when", "where", "who", "why",
        "how", "photo", "video", "source", "sources", "subject", "re", "correction", "date", "time", "location",
        "media", "contact", "nb", "ps", "tags", "summary", "related", "see also", "read more", "more", "watch",
        "listen", "bottom line", "begin text", "end text", "text", "topic", "topics", "venue", "format", "event",
        "participants", "attendees", "agenda", "purpose", "link", "links", "website", "email", "phone", "tel",
        "breaking", "exclusive", "analysis", "opinion", "fact sheet", "live", "alert", "warning",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Particles = new[] { "of", "the", "for", "de", "del", "da", "du", "la", "le", "van", "von", "der", "al", "bin", "y" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The accepted label of each paragraph, or null.</summary>
    public static SpeakerLabel?[] Find(Token[] tokens, TokenRange[] paragraphs)
    {
        var labels = new SpeakerLabel?[paragraphs.Length];
        var candidates = new List<(int Paragraph, SpeakerLabel Label, string Key, bool AllCaps, bool SpeechLike)>();
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (Candidate(tokens, paragraphs[p]) is not { } label) continue;
            var key = string.Join(' ', tokens[label.First..label.End].Select(t => t.Norm));
            if (Headings.Contains(key)) continue;
            var allCaps = tokens[label.First..label.End].All(t => (t.Flags & TokenFlags.AllCaps) != 0 || !t.IsCapitalized && Particles.Contains(t.Norm));
            candidates.Add((p, label, key, allCaps, SpeechLike(tokens, label.SpeechFirst, paragraphs[p].End)));
        }
        foreach (var group in candidates.GroupBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!group.Any(c => c.SpeechLike)) continue;
            if (!group.First().AllCaps && group.Count() < 2) continue;
            foreach (var c in group) labels[c.Paragraph] = c.Label;
        }
        return labels;
    }

    private static SpeakerLabel? Candidate(Token[] tokens, TokenRange paragraph)
    {
        var first = paragraph.First;
        var i = first;
        while (i < paragraph.End && i - first < MaxWords && IsLabelWord(tokens[i])) i++;
        if (i == first || i + 1 >= paragraph.End || tokens[i].Norm != ":") return null;
        if (!tokens[first].IsCapitalized || !tokens[i - 1].IsCapitalized) return null;
        return new SpeakerLabel(first, i);
    }

    private static bool IsLabelWord(Token token) =>
        token.IsWord && (token.Flags & TokenFlags.Number) == 0 && (token.IsCapitalized || Particles.Contains(token.Norm));

    /// <summary>Speech ends like a sentence or runs on for a while; <c>VESSEL FLAG: Russia</c> does neither.</summary>
    private static bool SpeechLike(Token[] tokens, int first, int end)
    {
        if (tokens[end - 1].Norm is "." or "?" or "!" or ":" or "-" or "..." or "\"" or ")") return true;
        var words = 0;
        for (var k = first; k < end && words < SpeechLikeWords; k++)
            if (tokens[k].IsWord) words++;
        return words >= SpeechLikeWords;
    }
}
