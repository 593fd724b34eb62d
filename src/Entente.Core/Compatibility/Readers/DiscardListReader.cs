using Entente.Dictionaries;

namespace Entente.Compatibility.Readers;

/// <summary>
/// Reads a PETRARCH discard list: one phrase a line; a leading <c>+</c> discards the whole story, otherwise only the
/// sentence. Words are joined by spaces or <c>_</c>; matching is on whole tokens, ignoring case and punctuation.
/// </summary>
public static class DiscardListReader
{
    public static List<Discard> Read(string path, List<DictionaryError> warnings)
    {
        var list = new List<Discard>();
        foreach (var line in PetrarchLines.Read(path, warnings))
        {
            var story = line.Content[0] == '+';
            var phrase = PetrarchPhrase.Normalize(story ? line.Content[1..] : line.Content);
            if (phrase.Length > 0) list.Add(new Discard(phrase, story, line.Origin));
        }
        return list;
    }
}
