namespace Entente.Output;

/// <summary>Columns padded with spaces to their widest cell: readable in a pager, greppable, no escape codes.</summary>
public sealed class PlainTableRenderer(TextWriter writer) : ITableRenderer
{
    private const string Gap = "  ";
    private bool _first = true;

    public void Render(string title, IReadOnlyList<string> columns, IReadOnlyList<string[]> rows)
    {
        if (!_first) writer.Write('\n');
        _first = false;
        writer.Write(title);
        writer.Write('\n');
        if (rows.Count == 0) return;
        var widths = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            widths[c] = columns[c].Length;
            foreach (var row in rows) widths[c] = Math.Max(widths[c], row[c].Length);
        }
        WriteRow(columns, widths);
        foreach (var row in rows) WriteRow(row, widths);
    }

    public void Note(string text)
    {
        if (!_first) writer.Write('\n');
        _first = false;
        writer.Write(text);
        writer.Write('\n');
    }

    public void Flush() => writer.Flush();

    private void WriteRow(IReadOnlyList<string> cells, int[] widths)
    {
        writer.Write("  ");
        for (var c = 0; c < cells.Count; c++)
        {
            var last = c == cells.Count - 1;
            writer.Write(last ? cells[c] : cells[c].PadRight(widths[c]));
            if (!last) writer.Write(Gap);
        }
        writer.Write('\n');
    }
}
