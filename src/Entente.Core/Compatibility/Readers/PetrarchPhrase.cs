namespace Entente.Compatibility.Readers;

/// <summary>TABARI phrase spelling: words joined by <c>_</c> or spaces, a trailing <c>_</c> meaning "this exact word".</summary>
public static class PetrarchPhrase
{
    /// <summary><c>JANE_Q_ROE_</c> → <c>JANE Q ROE</c>.</summary>
    public static string Normalize(string phrase) =>
        string.Join(' ', phrase.Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The contents of every <c>[…]</c> block of <paramref name="text"/>, and the text before the first one.</summary>
    public static List<string> Brackets(string text, out string before)
    {
        var blocks = new List<string>();
        var open = text.IndexOf('[');
        before = open < 0 ? text : text[..open];
        while (open >= 0)
        {
            var close = text.IndexOf(']', open + 1);
            if (close < 0) { blocks.Add(text[(open + 1)..]); break; }
            blocks.Add(text[(open + 1)..close]);
            open = text.IndexOf('[', close + 1);
        }
        return blocks;
    }
}
