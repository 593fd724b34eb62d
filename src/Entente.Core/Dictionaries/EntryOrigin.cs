namespace Entente.Dictionaries;

/// <summary>The file and line a dictionary entry came from, so every coded event can name its evidence.</summary>
public sealed record EntryOrigin(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
