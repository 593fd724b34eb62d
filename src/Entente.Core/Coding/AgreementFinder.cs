using Entente.Records;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>
/// Agreement facts from signing events: the parties are everyone on either side of a 057 event of the sentence,
/// the subject is the agreement's noun phrase, the signing date the event's when known to the day.
/// </summary>
public sealed class AgreementFinder(Lexicon lexicon)
{
    private const string SignCode = "057";

    public void Find(Document doc, Sentence sentence, List<EventCandidate> events, PartialDate date, List<FactRecord> facts)
    {
        var signing = events.Where(e => e.Code == SignCode && e.Modality == Modality.Asserted).ToList();
        if (signing.Count == 0) return;
        var parties = signing.SelectMany(e => new[] { e.Source.Key, e.Target.Key }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (parties.Count < 2) return;
        var first = signing.Min(e => e.FirstToken);
        var last = signing.Max(e => e.LastToken);
        facts.Add(new AgreementFact
        {
            Article = doc.Article.Id,
            Sentence = sentence.Index,
            Span = new TextSpan(doc.Tokens[first].Start, doc.Tokens[Math.Min(last, sentence.EndToken - 1)].End),
            Text = doc.TextOf(sentence.Span),
            Parties = parties,
            Subject = Subject(doc, sentence, first),
            Signed = date.Precision == DatePrecision.Day ? date : null,
        });
    }

    /// <summary>The words from the agreement noun to the next punctuation: "memorandum of understanding on ...".</summary>
    private string? Subject(Document doc, Sentence sentence, int from)
    {
        if (!lexicon.Dictionaries.WordSets.TryGetValue("&agreement", out var set)) return null;
        var nouns = set.Words.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var tokens = doc.Tokens;
        for (var k = from; k < sentence.EndToken; k++)
        {
            var norm = tokens[k].Norm;
            if (!nouns.Contains(norm) && !nouns.Contains(norm.TrimEnd('s'))) continue;
            // Modifiers before the noun ("visa-free travel agreement"), then an "on/of/for ..." complement.
            var begin = k;
            while (begin - 1 >= sentence.FirstToken && tokens[begin - 1].IsWord && !lexicon.Closed.ContainsKey(tokens[begin - 1].Norm) && k - begin < 4) begin--;
            var end = k;
            if (end + 1 < sentence.EndToken && tokens[end + 1].Norm is "on" or "of" or "for" or "to")
                while (end + 1 < sentence.EndToken && tokens[end + 1].IsWord && tokens[end + 1].Norm is not ("with" or "in" or "at" or "by" or "and" or "during") && end - k < 12) end++;
            return doc.Text[tokens[begin].Start..tokens[end].End];
        }
        return null;
    }
}
