namespace Entente.Sources;

/// <summary>A line's bytes (without <c>\r\n</c>), valid until the next read. Too-long lines carry no bytes.</summary>
internal readonly record struct RawLine(int Number, ReadOnlyMemory<byte> Bytes, long Length, bool TooLong);

/// <summary>
/// Splits a byte stream at <c>\n</c> while holding at most <c>maxLineBytes + 1</c> bytes: a longer line is
/// skipped by streaming to its end, so a 1 GB line costs no more memory than the cap.
/// </summary>
internal sealed class LineSplitter
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private int _lineNumber;

    public LineSplitter(Stream stream, int maxLineBytes, int initialBufferBytes = 64 * 1024)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = new byte[Math.Max(16, Math.Min(initialBufferBytes, maxLineBytes + 1))];
    }

    /// <summary>The first bytes of the stream, for sniffing (binary content, format).</summary>
    public ReadOnlySpan<byte> PeekHead()
    {
        while (_end == 0 && !_eof) Fill();
        return _buffer.AsSpan(_start, _end - _start);
    }

    public bool TryRead(out RawLine line)
    {
        var scanFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanFrom + newline;
                line = Make(_start, lineEnd);
                _start = lineEnd + 1;
                return true;
            }
            if (_end - _start > _maxLineBytes)
            {
                line = SkipRestOfLine();
                return true;
            }
            if (_eof)
            {
                if (_start < _end)
                {
                    line = Make(_start, _end);
                    _start = _end;
                    return true;
                }
                line = default;
                return false;
            }
            scanFrom = _end - _start;
            Compact();
            Fill();
        }
    }

    private RawLine Make(int start, int end)
    {
        var length = end - start;
        _lineNumber++;
        if (length > _maxLineBytes) return new RawLine(_lineNumber, ReadOnlyMemory<byte>.Empty, length, true);
        if (length > 0 && _buffer[end - 1] == (byte)'\r') end--;
        return new RawLine(_lineNumber, _buffer.AsMemory(start, end - start), length, false);
    }

    private RawLine SkipRestOfLine()
    {
        long length = _end - _start;
        _start = _end = 0;
        while (!_eof)
        {
            Fill();
            var newline = _buffer.AsSpan(0, _end).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                length += newline;
                _start = newline + 1;
                break;
            }
            length += _end;
            _end = 0;
        }
        _lineNumber++;
        return new RawLine(_lineNumber, ReadOnlyMemory<byte>.Empty, length, true);
    }

    private void Compact()
    {
        if (_start == 0) return;
        _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
        _end -= _start;
        _start = 0;
    }

    private void Fill()
    {
        if (_end == _buffer.Length)
        {
            // Only reached while the pending line is within the cap, so the buffer never exceeds cap + 1.
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, _maxLineBytes + 1L));
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        else _end += read;
    }
}
