using System.Text;
using Entente.Sources;
using Xunit;

namespace Entente.Tests.Sources;

public sealed class LineSplitterTests
{
    private static List<(int Number, string? Text, long Length)> Split(string input, int maxLineBytes, int buffer)
    {
        var splitter = new LineSplitter(new MemoryStream(Encoding.UTF8.GetBytes(input)), maxLineBytes, buffer);
        var lines = new List<(int, string?, long)>();
        while (splitter.TryRead(out var line))
        {
            lines.Add((line.Number, line.TooLong ? null : Encoding.UTF8.GetString(line.Bytes.Span), line.Length));
        }
        return lines;
    }

    [Fact]
    public void Splits_across_buffer_refills_and_drops_carriage_returns()
    {
        var lines = Split("alpha\r\nbeta\n\ngamma-without-newline", maxLineBytes: 100, buffer: 4);

        Assert.Equal(["alpha", "beta", "", "gamma-without-newline"], lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.Number));
    }

    [Fact]
    public void Skips_lines_over_the_cap_and_reports_their_length()
    {
        var lines = Split("short\n" + new string('x', 50) + "\nok\n" + new string('y', 11), maxLineBytes: 10, buffer: 4);

        Assert.Equal(["short", null, "ok", null], lines.Select(l => l.Text));
        Assert.Equal(50, lines[1].Length);
        Assert.Equal(11, lines[3].Length);
        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.Number));
    }

    [Fact]
    public void A_line_exactly_at_the_cap_is_kept()
    {
        var lines = Split(new string('z', 10) + "\nnext", maxLineBytes: 10, buffer: 4);

        Assert.Equal([new string('z', 10), "next"], lines.Select(l => l.Text));
    }
}
