namespace Entente.Dictionaries;

/// <summary>A phrase whose presence discards its sentence, or with <see cref="Story"/> the whole story (sports, weather, history).</summary>
public sealed record Discard(string Phrase, bool Story, EntryOrigin Origin);
