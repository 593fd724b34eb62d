using Entente.Cli;
using Entente.Output;
using Entente.Tests.Output;
using Spectre.Console;
using Xunit;

namespace Entente.Tests.Cli;

public sealed class SpectreTableRendererTests
{
    [Fact]
    public void Draws_titles_and_cells_as_text_without_reading_them_as_markup()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 160;
        var writer = new TableRecordWriter(new SpectreTableRenderer(console), includeFacts: false);

        writer.Write(Sample.Coded([Sample.Event with { Rule = "[bold]x[/]" }]));
        writer.Complete();

        var text = output.ToString();
        Assert.Contains("a1 · 2025-07-17 · Visit (1 event)", text);
        Assert.Contains("LAOGOV", text);
        Assert.Contains("[bold]x[/]", text);
        Assert.Contains("1 article, 1 event", text);
    }
}
