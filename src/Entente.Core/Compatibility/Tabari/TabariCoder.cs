using System.Collections.Frozen;
using Entente.Dictionaries;
using Entente.Recognition;
using Entente.Records;
using Entente.Text;

namespace Entente.Compatibility.Tabari;

/// <summary>
/// Codes documents by TABARI/PETRARCH-1 conventions (<see cref="CodingConventions.Petrarch"/>) with the engine's
/// compiled dictionaries. Built once per lexicon; thread-safe. Actors are dated by the article's date, as PETRARCH
/// dates them by the record's.
/// </summary>
public sealed class TabariCoder
{
    private readonly TabariRecordBuilder _records;
    private readonly TabariSentenceCoder _sentences;

    public TabariCoder(Lexicon lexicon)
    {
        Lexicon = lexicon;
        var verbPatterns = lexicon.Dictionaries.Patterns.Where(p => !p.IsNoun).Select((p, i) => (Pattern: p, Index: i)).ToList();
        // TABARI tries the longest pattern first; among equals, one that codes before one that blocks, then file order.
        Patterns = verbPatterns.GroupBy(x => x.Pattern.Lemma, StringComparer.Ordinal).ToFrozenDictionary(
            g => g.Key,
            g => g.OrderByDescending(x => x.Pattern.Elements.Count)
                .ThenBy(x => x.Pattern.Code == TabariCodes.None && x.Pattern.Options.ReverseCode is null ? 1 : 0)
                .ThenBy(x => x.Index)
                .Select(x => x.Pattern).ToArray(),
            StringComparer.Ordinal);
        var joinedBefore = verbPatterns.Select(x => x.Pattern)
            .Where(p => p.HeadIndex > 0 && p.Elements[p.HeadIndex].Adjacent && p.Elements[p.HeadIndex - 1].Kind == PatternElementKind.Words)
            .SelectMany(p => p.Elements[p.HeadIndex - 1].Words!.Select(w => (p.Lemma, Word: w)))
            .GroupBy(x => x.Lemma, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Word).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var listedForms = lexicon.Dictionaries.IrregularVerbs.Select(v => v.Lemma).ToFrozenSet(StringComparer.Ordinal);
        Verbs = new TabariVerbFinder(lexicon, joinedBefore, listedForms);
        Phrases = new TabariPhraseBuilder(lexicon);
        _records = new TabariRecordBuilder(lexicon, lexicon.Dictionaries.Version);
        _sentences = new TabariSentenceCoder(this);
    }

    public Lexicon Lexicon { get; }

    /// <summary>Verb patterns by lemma, in the order TABARI tries them.</summary>
    internal FrozenDictionary<string, EventPattern[]> Patterns { get; }

    internal TabariVerbFinder Verbs { get; }

    internal TabariPhraseBuilder Phrases { get; }

    public CodedArticle Code(Document doc, EngineOptions options)
    {
        var date = doc.Article.Published;
        var events = new List<EventRecord>();
        string TextOf(int a, int b) => a < b ? doc.Text[doc.Tokens[a].Start..doc.Tokens[b - 1].End] : "";
        foreach (var sentence in doc.Sentences)
            foreach (var e in _sentences.Code(doc.Tokens, sentence.FirstToken, sentence.EndToken, date, options, TextOf))
                events.Add(_records.Build(doc, sentence, e, date));
        return new CodedArticle(doc.Article, events, [], doc.Sentences.Length, doc.Tokens.Count(t => t.IsWord));
    }
}
