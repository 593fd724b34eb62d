namespace Entente.Dictionaries;

/// <summary>The grammatical word classes the shallow coder relies on (closed-class.txt).</summary>
public enum WordClass : byte
{
    Determiner, Possessive, Preposition, Conjunction, Subordinator, Relative, Pronoun, Auxiliary, Modal, Negator,
    Adverb, Future, Reporting, Light,
}

public sealed record ClosedClassWord(string Word, WordClass Class, EntryOrigin Origin);
