namespace Entente.Dictionaries;

/// <summary>One non-blank, comment-stripped line of a dictionary file, split into trimmed <c>|</c> fields.</summary>
public sealed record DataLine(EntryOrigin Origin, string[] Fields)
{
    public string this[int index] => index < Fields.Length ? Fields[index] : "";

    /// <summary>The <c>;</c>-separated values of a field, trimmed, empty ones dropped.</summary>
    public string[] List(int index) =>
        this[index].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
