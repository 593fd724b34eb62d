using Entente.Dictionaries;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>Where a clause starts and ends, and whether it states a hypothesis: the cues news English uses.</summary>
public sealed class Clauses(Lexicon lexicon)
{
    /// <summary>A verb in an <c>if</c>/<c>unless</c>/<c>whether</c> clause states a hypothesis, not an event.</summary>
    public static bool IsHypothetical(Token[] tokens, int clauseStart, int verbStart)
    {
        for (var t = verbStart - 1; t >= clauseStart && verbStart - t <= 12; t--)
        {
            var norm = tokens[t].Norm;
            if (norm is "if" or "unless" or "whether") return true;
            if (norm is "," or ";") return false;
        }
        return false;
    }

    public static int Start(Token[] tokens, int start, int verb)
    {
        for (var t = verb - 1; t > start; t--)
            if (tokens[t].Norm is ";" or ":" or "\"") return t + 1;
        return start;
    }

    /// <summary>A clause ends at a semicolon, a colon, a quote mark, or a comma before a relative or subordinate word.</summary>
    public int End(Token[] tokens, int from, int end)
    {
        for (var t = from; t < end; t++)
        {
            var norm = tokens[t].Norm;
            if (norm is ";" or ":" or "\"") return t;
            if (norm == "," && t + 1 < end && (lexicon.Is(tokens[t + 1].Norm, WordClass.Relative) && tokens[t + 1].Norm != "that"
                || tokens[t + 1].Norm is "while" or "whereas" or "although" or "though" or "but")) return t;
        }
        return end;
    }
}
