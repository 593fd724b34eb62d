using Entente.Dictionaries;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// Finds discard phrases in a document: a story discard drops the whole article, a sentence discard its sentence.
/// Phrases match whole tokens, ignoring case (PETRARCH matched upper-cased whitespace-split words, so <c>Cup.</c>
/// missed <c>CUP</c>; tokens don't have that blind spot). Built once, then thread-safe.
/// </summary>
public sealed class DiscardMatcher
{
    private readonly PhraseTrie<Discard> _trie = new();

    public DiscardMatcher(IEnumerable<Discard> discards)
    {
        foreach (var d in discards) _trie.Add(Tokenizer.Tokenize(d.Phrase).Select(t => t.Norm).ToArray(), d);
    }

    public bool IsEmpty => _trie.Count == 0;

    /// <summary>Whether the story is discarded, and the indices of the discarded sentences.</summary>
    public (bool Story, HashSet<int> Sentences) Find(Document doc)
    {
        var sentences = new HashSet<int>();
        if (IsEmpty) return (false, sentences);
        foreach (var sentence in doc.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (_trie.LongestMatch(i, sentence.EndToken, k => doc.Tokens[k].Norm, out var found) == 0) continue;
                if (found.Any(d => d.Story)) return (true, sentences);
                sentences.Add(sentence.Index);
            }
        }
        return (false, sentences);
    }
}
