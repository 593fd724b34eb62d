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

    /// <summary>
    /// The inverted auxiliaries of a question (<c>Did the ministers sign ...?</c>, <c>Will Chile recognize ...?</c>,
    /// <c>how does Peru plan to ...?</c>): an auxiliary or modal followed by its subject in a sentence that ends with a
    /// question mark. Empty when the sentence asks nothing.
    /// </summary>
    public List<int> QuestionAuxiliaries(Token[] tokens, int start, int end, SentencePhrases phrases)
    {
        var found = new List<int>();
        var last = end - 1;
        while (last > start && tokens[last].Norm is "\"" or ")") last--;
        if (last < start || tokens[last].Norm != "?") return found;
        for (var t = start; t < last - 1; t++)
        {
            var norm = tokens[t].Norm;
            if (!lexicon.Is(norm, WordClass.Auxiliary) && !lexicon.Is(norm, WordClass.Modal)) continue;
            var next = tokens[t + 1].Norm;
            if (lexicon.Is(next, WordClass.Pronoun) && next is not ("him" or "them" or "us" or "me")
                || next is "the" or "there" || phrases.StartingAt(t + 1) is not null)
                found.Add(t);
        }
        return found;
    }

    /// <summary>
    /// Whether a verb is the one a question asks about: the first verb after an inverted auxiliary, in the same
    /// clause ("Did the U.S. pledge aid?"). A verb in a clause the question only mentions ("... Afghans who worked
    /// with us?", "Could you confirm that X requested aid?") is not.
    /// </summary>
    public bool IsQuestioned(Token[] tokens, List<int> questionAuxiliaries, VerbGroup group, IReadOnlyList<VerbGroup> groups)
    {
        foreach (var aux in questionAuxiliaries)
        {
            if (aux >= group.Start) continue;
            // "Does Chile have a plan to support Peru?": an infinitive goes with the questioned verb before it.
            if (!group.Infinitive && groups.Any(g => g.Head > aux && g.Head < group.Head)) continue;
            var open = true;
            for (var t = aux + 1; t < group.Start && open; t++)
            {
                var norm = tokens[t].Norm;
                if (norm is "," or ";" or ":" or "-" || lexicon.Is(norm, WordClass.Relative) || lexicon.Is(norm, WordClass.Subordinator)) open = false;
            }
            if (open) return true;
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
