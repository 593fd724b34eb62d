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

    public static readonly string[] All = [NotOffice, ThingHead, IngNoun];
}
