using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Knowledge;
using Entente.Output;
using Entente.Store;
using Entente.Store.Reports;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Entente.Cli.Commands;

/// <summary>
/// Writes a knowledge-base report: JSON with <c>--json</c>; on a terminal, Spectre.Console tables with colour
/// (green cooperation, red conflict); otherwise plain aligned text that pipes and greps well.
/// </summary>
internal static class ReportOutput
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>
    /// The body of a report command: load the reference dictionaries, open the existing knowledge base, run the
    /// query and write its report as JSON or as text blocks.
    /// </summary>
    public static int Query<T>(CliContext context, string? db, string? data, bool json,
        Func<KnowledgeStore, ReferenceData, T> query, Func<T, IReadOnlyList<Block>> text)
    {
        var reference = StoreSetup.LoadReference(data);
        using var store = StoreSetup.Open(db, create: false);
        var report = query(store, reference);
        if (json) WriteJson(context, report);
        else WriteText(context, text(report));
        return ExitCodes.Ok;
    }

    public static void WriteJson<T>(CliContext context, T report)
    {
        JsonSerializer.Serialize(context.Out, report, Json);
        context.Out.Write("\n"u8);
        context.Out.Flush();
    }

    public static void WriteText(CliContext context, IReadOnlyList<Block> blocks)
    {
        if (context.OutIsTerminal) WriteSpectre(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) }), blocks);
        else WritePlain(context.Out, blocks);
    }

    private static void WritePlain(Stream stream, IReadOnlyList<Block> blocks)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
        var renderer = new PlainTableRenderer(writer);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case NoteBlock note:
                    renderer.Note(note.Text);
                    break;
                case TableBlock { Rows.Count: 0 } empty:
                    renderer.Note($"{empty.Title}: none");
                    break;
                case TableBlock table:
                    renderer.Render(table.Title, table.Columns, table.Rows.Select(r => r.Select(c => c.Text).ToArray()).ToList());
                    break;
            }
        }
        renderer.Flush();
    }

    private static void WriteSpectre(IAnsiConsole console, IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case NoteBlock note:
                    console.Write(new Spectre.Console.Text(note.Text, StyleOf(note.Tone)));
                    console.WriteLine();
                    break;
                case TableBlock { Rows.Count: 0 } empty:
                    console.Write(new Spectre.Console.Text($"{empty.Title}: none", new Style(Color.Grey)));
                    console.WriteLine();
                    break;
                case TableBlock table:
                    var grid = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(table.Title), new Style(decoration: Decoration.Bold)) };
                    var noWrap = NoWrapColumns(table, console.Profile.Width);
                    for (var i = 0; i < table.Columns.Count; i++)
                        grid.AddColumn(new TableColumn(Markup.Escape(table.Columns[i])) { NoWrap = noWrap[i] });
                    foreach (var row in table.Rows) grid.AddRow(row.Select(c => (IRenderable)new Spectre.Console.Text(c.Text, StyleOf(c.Tone))));
                    console.Write(grid);
                    break;
            }
        }
    }

    /// <summary>
    /// Dates, codes and numbers stay on one line while the long columns (sentences, evidence) take the width that
    /// is left — unless even the short columns do not fit the terminal, when everything may wrap.
    /// </summary>
    private static bool[] NoWrapColumns(TableBlock table, int width)
    {
        var widths = table.Columns.Select((c, i) => table.Rows.Select(r => r[i].Text.Length).Append(c.Length).Max()).ToArray();
        var noWrap = widths.Select((w, i) => i < widths.Length - 1 && w <= 12).ToArray();
        var needed = widths.Where((_, i) => noWrap[i]).Sum() + 3 * widths.Length + 1 + 8 * noWrap.Count(n => !n);
        return needed <= width ? noWrap : new bool[widths.Length];
    }

    private static Style StyleOf(Tone tone) => tone switch
    {
        Tone.Good => new Style(Color.Green),
        Tone.Bad => new Style(Color.Red),
        Tone.Muted => new Style(Color.Grey),
        Tone.Strong => new Style(decoration: Decoration.Bold),
        _ => Style.Plain,
    };
}
