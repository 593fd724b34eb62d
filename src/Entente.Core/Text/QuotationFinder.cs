namespace Entente.Text;

/// <summary>
/// Finds quotations and their speakers: speaker labels opening transcript paragraphs (a turn runs until the next
/// label), transcript lines introducing a paragraph, quoted words next to a speech verb, and <c>according to X</c>.
/// Results are ordered by span. Thread-safe.
/// </summary>
public static class QuotationFinder
{
    public static Quotation[] Find(string text, Token[] tokens, Sentence[] sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var paragraphs = Paragraphs.Of(tokens);
        var found = new List<Quotation>();
        var labels = SpeakerLabels.Find(tokens, paragraphs);
        var lines = TranscriptLines.Find(tokens, paragraphs, labels, found);
        AddTurns(tokens, paragraphs, labels, lines, found);
        AddQuoted(text, tokens, sentences, paragraphs, found);
        AccordingTo.Find(tokens, sentences, found);
        return found
            .Distinct()
            .OrderBy(q => q.Span.Start).ThenBy(q => q.Span.End).ThenBy(q => q.Kind)
            .ToArray();
    }

    /// <summary>A labelled turn: the rest of its paragraph and the paragraphs after it, up to the next label or line.</summary>
    private static void AddTurns(Token[] tokens, TokenRange[] paragraphs, SpeakerLabel?[] labels, bool[] lines, List<Quotation> found)
    {
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (labels[p] is not { } label) continue;
            var last = p;
            while (last + 1 < paragraphs.Length && labels[last + 1] is null && !lines[last + 1]) last++;
            var speech = new TextSpan(tokens[label.SpeechFirst].Start, tokens[paragraphs[last].End - 1].End);
            var speaker = new TextSpan(tokens[label.First].Start, tokens[label.End - 1].End);
            found.Add(new Quotation(speech, speaker, AttributionKind.SpeakerLabel));
        }
    }

    /// <summary>
    /// Quoted words with a speech verb next to them. A quote with no verb of its own that opens the sentence right
    /// after an attributed one continues it (<c>"…," he said. "…"</c>), also across a paragraph break.
    /// </summary>
    private static void AddQuoted(string text, Token[] tokens, Sentence[] sentences, TokenRange[] paragraphs, List<Quotation> found)
    {
        TokenRange? previousSpeaker = null;
        var previousSentence = -2;
        foreach (var quote in QuoteMarks.Find(text, tokens, paragraphs))
        {
            var speaker = SaidAttribution.Find(tokens, quote, paragraphs[quote.Paragraph]);
            var sentence = SentenceOf(sentences, quote.Open);
            if (speaker is null && previousSpeaker is not null && sentence == previousSentence + 1
                && sentences[sentence].FirstToken == quote.Open)
                speaker = previousSpeaker;
            previousSpeaker = speaker;
            previousSentence = SentenceOf(sentences, quote.ContentEnd - 1);
            if (speaker is not { } s) continue;
            // The comma of "…," he said is the attribution's, not the speaker's.
            var end = quote.ContentEnd;
            while (end - 1 > quote.ContentFirst && tokens[end - 1].Norm == ",") end--;
            var words = new TokenRange(quote.ContentFirst, end);
            found.Add(new Quotation(SpeakerPhrase.SpanOf(tokens, words), SpeakerPhrase.SpanOf(tokens, s), AttributionKind.SaidVerb));
        }
    }

    private static int SentenceOf(Sentence[] sentences, int token)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (sentences[mid].FirstToken <= token) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
