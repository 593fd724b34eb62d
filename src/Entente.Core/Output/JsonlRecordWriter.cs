using System.Buffers;
using System.Text.Json;

namespace Entente.Output;

/// <summary>
/// JSON Lines: every event (and, when asked, every fact) as one line. Records are built in a reusable memory
/// buffer and reach the stream in 64 KiB writes.
/// </summary>
public sealed class JsonlRecordWriter : IRecordWriter
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Stream _stream;
    private readonly bool _includeFacts;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter _json;

    public JsonlRecordWriter(Stream stream, bool includeFacts)
    {
        _stream = stream;
        _includeFacts = includeFacts;
        _json = new Utf8JsonWriter(_buffer, RecordJson.WriterOptions);
    }

    public void Write(CodedArticle article)
    {
        RecordOrder.Visit(
            article, _includeFacts, this,
            static (w, e) => { RecordJson.WriteEvent(w._json, e); w.EndRecord(); },
            static (w, f) => { RecordJson.WriteFact(w._json, f); w.EndRecord(); });
        if (_buffer.WrittenCount >= FlushThreshold) Drain();
    }

    public void Complete()
    {
        Drain();
        _stream.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void EndRecord()
    {
        _json.Flush();
        _json.Reset();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
    }

    private void Drain()
    {
        _stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }
}
