namespace Entente.Dictionaries;

/// <summary>The classes of word-classes.txt: open-class words that particular rules of the coder treat alike.</summary>
public static class WordClasses
{
    /// <summary>Role nouns of office-holding agent codes that name no office: staff, bodies and institutions.</summary>
    public const string NotOffice = "not-office";

    /// <summary>Words that head the names of things, not people ("Independence Day", "Atlantic Council").</summary>
    public const string ThingHead = "thing-head";

    /// <summary>Nouns in -ing that news English puts after prepositions ("for training", "of funding").</summary>
    public const string IngNoun = "ing-noun";

    /// <summary>Reporting words that are more often nouns ("member states", "press reports").</summary>
    public const string NounLikeReporting = "noun-like-reporting";

    /// <summary>Verbs whose "it" is the empty subject of English ("it takes time", "when it comes to").</summary>
    public const string PleonasticLemma = "pleonastic-lemma";

    /// <summary>Role nouns that name an institution, not a person: "the ministry" may be "it", "the spokesperson" may not.</summary>
    public const string InstitutionNoun = "institution-noun";

    /// <summary>Words in -ly that are no adverbs ("ally", "family", "early").</summary>
    public const string LyNonAdverb = "ly-non-adverb";

    public static readonly string[] All = [NotOffice, ThingHead, IngNoun, NounLikeReporting, PleonasticLemma, InstitutionNoun, LyNonAdverb];
}
