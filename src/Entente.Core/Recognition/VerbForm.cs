namespace Entente.Recognition;

public enum VerbInflection : byte { Base, ThirdPerson, Past, Participle, PastOrParticiple, Ing }

/// <summary>A surface form of a verb the coder knows.</summary>
public readonly record struct VerbForm(string Lemma, VerbInflection Inflection)
{
    public bool CanBeParticiple => Inflection is VerbInflection.Participle or VerbInflection.PastOrParticiple;
    public bool IsFinitePast => Inflection is VerbInflection.Past or VerbInflection.PastOrParticiple;
}
