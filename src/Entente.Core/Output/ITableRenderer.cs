namespace Entente.Output;

/// <summary>
/// Draws one titled table. The library ships a plain-text renderer; hosts with a terminal plug in a richer one
/// (the CLI uses Spectre.Console), so the library carries no console dependency.
/// </summary>
public interface ITableRenderer
{
    void Render(string title, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows);

    /// <summary>A line of text outside any table (a summary).</summary>
    void Note(string text);

    void Flush();
}
