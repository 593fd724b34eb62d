namespace Entente.Store.Reports;

/// <summary>How a cell reads: cooperation in green, conflict in red, secondary text dimmed — where colour exists.</summary>
public enum Tone : byte { Plain, Good, Bad, Muted, Strong }

public readonly record struct Cell(string Text, Tone Tone = Tone.Plain)
{
    public static implicit operator Cell(string text) => new(text);
}

/// <summary>A piece of a human-readable report; the CLI draws it with Spectre.Console on a terminal, as plain text elsewhere.</summary>
public abstract record Block;

public sealed record TableBlock(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<Cell>> Rows) : Block;

public sealed record NoteBlock(string Text, Tone Tone = Tone.Plain) : Block;
