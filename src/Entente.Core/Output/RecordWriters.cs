using System.Text;

namespace Entente.Output;

/// <summary>Picks the writer for a format.</summary>
public static class RecordWriters
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="stream">Where records go; left open.</param>
    /// <param name="tableRenderer">For <see cref="OutputFormat.Table"/>: a richer renderer than plain text, if any.</param>
    public static IRecordWriter Create(OutputFormat format, Stream stream, bool includeFacts, ITableRenderer? tableRenderer = null) => format switch
    {
        OutputFormat.Jsonl => new JsonlRecordWriter(stream, includeFacts),
        OutputFormat.Tsv => new TsvRecordWriter(Text(stream)),
        OutputFormat.Phoenix => new PhoenixEventWriter(Text(stream)),
        _ => new TableRecordWriter(tableRenderer ?? new PlainTableRenderer(Text(stream)), includeFacts),
    };

    private static StreamWriter Text(Stream stream) => new(stream, Utf8NoBom, 64 * 1024, leaveOpen: true) { NewLine = "\n" };
}
