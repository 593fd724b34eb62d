using System.Text;
using Entente.Knowledge;

namespace Entente.Web.Pages;

/// <summary>
/// Marks a sentence for the reader: the source's text, the evidence span without the actors (the verb and its
/// surroundings), and the target's text, each in a <c>&lt;mark&gt;</c> (classes <c>src</c>, <c>verb</c>,
/// <c>tgt</c>); everything else is encoded text.
/// </summary>
internal static class Highlighter
{
    /// <summary>
    /// <paramref name="spanStart"/>/<paramref name="spanEnd"/> are offsets of the article text (the stored span).
    /// With <paramref name="sentenceStart"/> (the sentence's offset in the article) the span maps exactly. Sentences
    /// stored under schema version 1 keep no offset, so without it the span is placed, by its length, on the
    /// word-bounded stretch that holds the most actor names (earliest first). An actor's text that is a code (<c>CHL</c>) is looked for by
    /// its names (<paramref name="names"/>: Chile, Chilean), a person's full name also by the surname.
    /// </summary>
    public static string Sentence(string? sentence, int spanStart, int spanEnd, string? sourceText, string? targetText,
        int? sentenceStart = null, Func<string, IEnumerable<string>>? names = null)
    {
        if (string.IsNullOrEmpty(sentence)) return "";
        var sources = Candidates(sourceText, names);
        var targets = Candidates(targetText, names);
        var length = Math.Max(0, spanEnd - spanStart);
        var start = sentenceStart is { } offset ? spanStart - offset : Locate(sentence, length, [.. sources, .. targets]);
        int end;
        if (start < 0 || start >= sentence.Length || length == 0) (start, end) = (0, 0);
        else end = Math.Min(sentence.Length, start + length);

        // The actors: inside the span first, else anywhere in the sentence.
        var source = Find(sentence, sources, start, end, (-1, -1));
        if (source.Start < 0) source = Find(sentence, sources, 0, sentence.Length, (-1, -1));
        var target = Find(sentence, targets, start, end, source);
        if (target.Start < 0) target = Find(sentence, targets, 0, sentence.Length, source);

        var marks = new List<(int Start, int End, string Css)>();
        if (source.Start >= 0) marks.Add((source.Start, source.End, "src"));
        if (target.Start >= 0) marks.Add((target.Start, target.End, "tgt"));
        marks.Sort((x, y) => x.Start.CompareTo(y.Start));
        if (end > start)
        {
            var pieces = new List<(int, int, string)>();
            var at = start;
            foreach (var m in marks.Where(m => m.End > start && m.Start < end))
            {
                if (m.Start > at) pieces.Add((at, m.Start, "verb"));
                at = Math.Max(at, m.End);
            }
            if (at < end) pieces.Add((at, end, "verb"));
            // The evidence between the actors, without the spaces around it: "Chile <verb>condemned</verb> Peru".
            foreach (var (s, e, css) in pieces)
            {
                var (from, to) = (s, e);
                while (from < to && char.IsWhiteSpace(sentence[from])) from++;
                while (to > from && char.IsWhiteSpace(sentence[to - 1])) to--;
                if (to > from) marks.Add((from, to, css));
            }
            marks.Sort((x, y) => x.Start.CompareTo(y.Start));
        }

        var html = new StringBuilder();
        var pos = 0;
        foreach (var (s, e, css) in marks)
        {
            if (s < pos) continue;
            html.Append(Html.E(sentence[pos..s])).Append("<mark class=\"").Append(css).Append("\">").Append(Html.E(sentence[s..e])).Append("</mark>");
            pos = e;
        }
        return html.Append(Html.E(sentence[pos..])).ToString();
    }

    /// <summary>The names of a state or organization code in the dictionaries, longest first.</summary>
    public static Func<string, IEnumerable<string>> NamesFrom(ReferenceData reference) => code =>
    {
        var found = new List<string>();
        foreach (var c in reference.Countries.Where(c => string.Equals(c.Code, code, StringComparison.Ordinal)))
            found.AddRange([c.ShortName, .. c.Names, .. c.Adjectives]);
        if (reference.Organization(code) is { } org) found.AddRange([org.Acronym, .. org.Names]);
        return found;
    };

    private static List<string> Candidates(string? text, Func<string, IEnumerable<string>>? names)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var all = new List<string> { text };
        if (names is not null) all.AddRange(names(text));
        // A person named in full once is often named by surname later (Maxim Ryzhenkov ... Ryzhenkov congratulated).
        var last = text.Trim().Split(' ')[^1];
        if (last.Length >= 3 && last.Length < text.Trim().Length && char.IsUpper(last[0])) all.Add(last);
        return all.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length).ToList();
    }

    /// <summary>Where in <paramref name="sentence"/> a span of <paramref name="length"/> starts: -1 when unknown.</summary>
    internal static int Locate(string sentence, int length, IReadOnlyList<string> actors)
    {
        if (length <= 0 || length > sentence.Length) return -1;
        var best = -1;
        var bestScore = 0;
        for (var start = 0; start + length <= sentence.Length; start++)
        {
            if (!Boundary(sentence, start) || !Boundary(sentence, start + length)) continue;
            var score = 0;
            var claimed = (-1, -1);
            foreach (var actor in actors)
            {
                var hit = Find(sentence, [actor], start, start + length, claimed);
                if (hit.Start < 0) continue;
                score++;
                claimed = hit;
            }
            if (score > bestScore) (best, bestScore) = (start, score);
        }
        return best;
    }

    /// <summary>The first word-bounded occurrence of a candidate inside [from, to) that does not overlap <paramref name="avoid"/>.</summary>
    private static (int Start, int End) Find(string sentence, IReadOnlyList<string> candidates, int from, int to, (int Start, int End) avoid)
    {
        foreach (var text in candidates)
        {
            for (var at = from; at <= to - text.Length;)
            {
                var i = sentence.IndexOf(text, at, to - at, StringComparison.OrdinalIgnoreCase);
                if (i < 0) break;
                var end = i + text.Length;
                if (Boundary(sentence, i) && Boundary(sentence, end) && (end <= avoid.Start || i >= avoid.End)) return (i, end);
                at = i + 1;
            }
        }
        return (-1, -1);
    }

    /// <summary>True when a word neither continues before nor after <paramref name="at"/>.</summary>
    private static bool Boundary(string text, int at) =>
        at <= 0 || at >= text.Length || !(char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at]));
}
