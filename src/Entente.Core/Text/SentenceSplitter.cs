namespace Entente.Text;

/// <summary>
/// Splits a token stream into sentences. A sentence never crosses a blank line; a headline or list line without
/// final punctuation is its own sentence; stops after abbreviations, initials and decimals do not split, nor do stops
/// before a lower-case word (<c>"Go!" he said</c>); closing quotes after a final stop stay with their sentence.
/// Thread-safe.
/// </summary>
public static class SentenceSplitter
{
    public static Sentence[] Split(string text, Token[] tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        var paragraphs = Paragraphs.Of(tokens);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            var wrapped = LineBreaks.IsWrapped(text, tokens, paragraph);
            var start = paragraph.First;
            for (var i = paragraph.First; i < paragraph.End; i++)
            {
                if (i > start && !wrapped && LineBreaks.Between(text, tokens[i - 1], tokens[i]) && LineBreaks.Splits(tokens, i))
                {
                    Add(sentences, tokens, start, i, p);
                    start = i;
                }
                var last = SentenceEnds.At(tokens, i, paragraph.End);
                if (last < 0) continue;
                Add(sentences, tokens, start, last + 1, p);
                start = last + 1;
                i = last;
            }
            if (start < paragraph.End) Add(sentences, tokens, start, paragraph.End, p);
        }
        return sentences.ToArray();
    }

    private static void Add(List<Sentence> sentences, Token[] tokens, int first, int end, int paragraph) =>
        sentences.Add(new Sentence(sentences.Count, new TextSpan(tokens[first].Start, tokens[end - 1].End), first, end - first, paragraph));
}
