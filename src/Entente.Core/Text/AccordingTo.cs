using System.Collections.Frozen;

namespace Entente.Text;

/// <summary>
/// <c>according to X</c>: the rest of the sentence is attributed to X. <c>According to X, …</c> and
/// <c>…, according to X.</c> leave the phrase out of the attributed span; elsewhere the whole sentence is the span.
/// The manner sense (<c>act according to the rules</c>) is told apart by position and by what X is.
/// </summary>
internal static class AccordingTo
{
    // "according to plan" names no source.
    private static readonly FrozenSet<string> NotSources = new[] { "plan", "plans", "schedule", "tradition", "custom", "protocol" }
        .ToFrozenSet(StringComparer.Ordinal);

    // Heads of phrases that name a source even in the middle of a clause: "killed this year according to reports".
    private static readonly FrozenSet<string> SourceNouns = new[]
    {
        "report", "reports", "reporting", "poll", "polls", "survey", "surveys", "estimate", "estimates", "data",
        "figures", "statistics", "official", "officials", "source", "sources", "media", "statement", "statements",
        "study", "studies", "analysis", "account", "accounts", "witness", "witnesses", "document", "documents",
        "research", "researchers", "experts", "analysts", "authorities", "ministry", "government", "police",
        "spokesperson", "spokesman", "spokeswoman", "agency", "service", "newspaper", "reporters", "diplomats",
        "residents", "observers", "monitors", "investigators", "findings", "assessment", "assessments",
        "intelligence", "records", "testimony", "count", "tally", "census", "website", "people", "he", "she", "they",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that may come before a sentence-opening "according to": "But according to the report, …".
    private static readonly FrozenSet<string> Openers = new[] { "but", "and", "so", "yet", "however", "also", "now", "again" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static void Find(Token[] tokens, Sentence[] sentences, List<Quotation> found)
    {
        foreach (var sentence in sentences)
        {
            var end = sentence.EndToken;
            for (var k = sentence.FirstToken; k + 2 < end; k++)
            {
                if (tokens[k].Norm != "according" || tokens[k + 1].Norm != "to") continue;
                if (SpeakerPhrase.Forward(tokens, k + 2, end) is not { } speaker || NotSources.Contains(tokens[speaker.End - 1].Norm))
                    continue;
                if (!IsAttribution(tokens, sentence, k, speaker)) continue;
                var said = Attributed(tokens, sentence, k, speaker);
                if (said.Count > 0)
                    found.Add(new Quotation(SpeakerPhrase.SpanOf(tokens, said), SpeakerPhrase.SpanOf(tokens, speaker), AttributionKind.AccordingTo));
                break;
            }
        }
    }

    private static bool IsAttribution(Token[] tokens, Sentence sentence, int according, TokenRange speaker)
    {
        if (OpensSentence(tokens, sentence, according)) return true;
        if (tokens[according - 1].Norm is "," or "(" or "-" or "is" or "was" or "are" or "were" or "'s") return true;
        var head = speaker.First;
        while (head < speaker.End - 1 && SpeakerWords.Determiners.Contains(tokens[head].Norm)) head++;
        return tokens[head].IsCapitalized || SourceNouns.Contains(tokens[speaker.End - 1].Norm);
    }

    private static bool OpensSentence(Token[] tokens, Sentence sentence, int according)
    {
        for (var k = sentence.FirstToken; k < according; k++)
            if (!tokens[k].IsPunctuation && !Openers.Contains(tokens[k].Norm)) return false;
        return true;
    }

    private static TokenRange Attributed(Token[] tokens, Sentence sentence, int according, TokenRange speaker)
    {
        var contentEnd = sentence.EndToken;
        while (contentEnd > sentence.FirstToken && tokens[contentEnd - 1].IsPunctuation) contentEnd--;
        if (OpensSentence(tokens, sentence, according))
        {
            var first = speaker.End < contentEnd && tokens[speaker.End].Norm == "," ? speaker.End + 1 : speaker.End;
            return new TokenRange(first, Math.Max(first, contentEnd));
        }
        if (tokens[according - 1].Norm == "," && speaker.End >= contentEnd)
            return new TokenRange(sentence.FirstToken, according - 1);
        return new TokenRange(sentence.FirstToken, contentEnd);
    }
}
