namespace Entente.Recognition;

/// <summary>A dictionary phrase found in the text: tokens <c>[Start, End)</c> of the document and what it names.</summary>
public readonly record struct Mention(int Start, int End, LexEntry Entry);
