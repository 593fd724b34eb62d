using System.Collections.Frozen;

namespace Entente.Text;

/// <summary>The closed word lists that attribution rests on: speech verbs and the words that end a speaker phrase.</summary>
internal static class SpeakerWords
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reporting verbs in any tense (not the <c>-ing</c> form, which is mostly a noun or a side clause).</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "note", "notes", "noted",
        "state", "states", "stated", "stress", "stresses", "stressed", "declare", "declares", "declared",
        "announce", "announces", "announced", "write", "writes", "wrote", "written", "ask", "asks", "asked",
        "insist", "insists", "insisted", "warn", "warns", "warned", "reply", "replies", "replied",
        "explain", "explains", "explained", "emphasize", "emphasizes", "emphasized", "emphasise", "emphasised",
        "remark", "remarked", "continue", "continued", "respond", "responded", "recall", "recalled",
        "tweet", "tweeted", "argue", "argued", "conclude", "concluded");

    /// <summary>Forms that are verbs only; the rest (<c>states</c>, <c>note</c>) can be nouns inside a speaker phrase.</summary>
    private static readonly FrozenSet<string> VerbOnly = Set(
        "said", "says", "told", "added", "noted", "stated", "stressed", "declared", "announced", "wrote", "asked",
        "insisted", "warned", "replied", "explained", "emphasized", "emphasised", "remarked", "responded", "argued");

    /// <summary>Words allowed between a speaker and the verb: <c>he has also said</c>, <c>she often said</c>.</summary>
    public static readonly FrozenSet<string> VerbGroup = Set(
        "has", "have", "had", "would", "will", "did", "does", "do", "n't", "not", "'s", "'d", "'ve", "'ll",
        "also", "later", "then", "again", "previously", "recently", "once", "further", "earlier", "just", "often",
        "always", "never", "even", "ever", "repeatedly", "reportedly", "publicly", "privately", "openly", "famously",
        "basically", "simply", "clearly", "rightly", "correctly", "directly", "personally", "frequently",
        "subsequently", "initially", "originally", "finally", "eventually", "explicitly", "specifically", "first");

    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "we", "i", "it", "you");

    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "one",
        "two", "three", "several", "some", "many", "other", "another", "both", "each");

    /// <summary>Words that may join a longer name when capitalized words stand on both sides (<c>Secretary of State</c>).</summary>
    public static readonly FrozenSet<string> Connectors = Set(
        "of", "for", "to", "and", "de", "del", "da", "di", "du", "la", "le", "van", "von", "der", "bin", "al", "el", "y");

    /// <summary>Function words that end a speaker phrase: prepositions, conjunctions, auxiliaries, time adverbs.</summary>
    private static readonly FrozenSet<string> Stops = Set(
        "in", "on", "at", "from", "with", "by", "as", "after", "before", "during", "about", "over", "under", "into",
        "onto", "than", "like", "against", "between", "among", "through", "throughout", "without", "within", "amid",
        "despite", "upon", "via", "per", "toward", "towards", "across", "along", "around", "behind", "beyond", "near",
        "since", "until", "or", "but", "nor", "so", "yet", "because", "while", "when", "whenever", "if", "unless",
        "although", "though", "whereas", "where", "that", "which", "who", "whom", "whose", "what", "how", "why",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "also", "then", "later", "today",
        "yesterday", "tomorrow", "tonight", "recently", "earlier", "previously", "again", "once", "now", "still",
        "just", "already", "further", "however", "meanwhile", "there", "here", "not", "never", "n't", "according",
        "quote", "unquote", "adding", "saying", "noting", "stressing", "them", "him", "us", "me");

    /// <summary>
    /// A speech verb at token <paramref name="i"/>: lower case (not <c>the United States</c>), and a form that can be a
    /// noun (<c>notes</c>, <c>states</c>) only when no determiner, preposition or verb comes right before it
    /// (not <c>scribbled notes</c>, <c>in a note</c>).
    /// </summary>
    public static bool IsSpeechVerb(Token[] tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || token.IsCapitalized || !SpeechVerbs.Contains(token.Norm)) return false;
        if (VerbOnly.Contains(token.Norm) || i == 0) return true;
        var before = tokens[i - 1].Norm;
        return !Determiners.Contains(before) && !Stops.Contains(before) && !before.EndsWith("ed", StringComparison.Ordinal)
            && !before.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>Whether a word cannot be part of a speaker phrase.</summary>
    public static bool Ends(string norm) => Stops.Contains(norm) || VerbOnly.Contains(norm) || Pronouns.Contains(norm);

    /// <summary>A function word spelled with a capital inside a name: <c>Reporters Without Borders</c>.</summary>
    public static bool IsTitleCaseStop(string norm) => Stops.Contains(norm);
}
