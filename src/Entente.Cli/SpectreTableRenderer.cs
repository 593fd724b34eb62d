using Entente.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Entente.Cli;

/// <summary>Draws the table format with Spectre.Console, for a terminal.</summary>
public sealed class SpectreTableRenderer(IAnsiConsole console) : ITableRenderer
{
    /// <summary>On the process's own terminal, so Spectre sees its real width and colour support.</summary>
    public static SpectreTableRenderer ForConsole() =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }));

    public void Render(string title, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows)
    {
        console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left });
        if (rows.Count == 0) return;
        var table = new Table { Border = TableBorder.Simple };
        foreach (var column in columns) table.AddColumn(new TableColumn(Markup.Escape(column)));
        foreach (var row in rows) table.AddRow(row.Select(cell => (IRenderable)new Spectre.Console.Text(cell)));
        console.Write(table);
    }

    public void Note(string text) => console.WriteLine(text);

    public void Flush() { }
}
