namespace Entente.Recognition;

/// <summary>
/// A word trie over normalized tokens: phrases of any length, longest match first. Built once at start-up, then
/// read-only and safe to share between threads.
/// </summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0) return;
        var node = _root;
        foreach (var word in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Children.Add(word, next);
            }
            node = next;
        }
        node.Values ??= [];
        node.Values.Add(value);
        Count++;
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/> whose values pass <paramref name="accept"/>;
    /// returns its length in tokens (0 when none) and its values.
    /// </summary>
    public int LongestMatch(int start, int end, Func<int, string> wordAt, out IReadOnlyList<T> values)
    {
        values = [];
        var node = _root;
        var best = 0;
        for (var i = start; i < end; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(wordAt(i), out var next)) break;
            node = next;
            if (node.Values is not null)
            {
                best = i - start + 1;
                values = node.Values;
            }
        }
        return best;
    }
}
