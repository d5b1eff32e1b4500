namespace Zaozersk.Reporting.Markup;

/// <summary>
/// A reader over text that comes in chunks (a builder's, or a pipe's as they are written), read
/// where they are, never joined into one string.
/// </summary>
internal abstract class ChunkedTextReader : TextReader
{
    private ReadOnlyMemory<char> _current;
    private bool _ended;

    /// <inheritdoc/>
    public override int Peek() => Fill() ? _current.Span[0] : -1;

    /// <inheritdoc/>
    public override int Read()
    {
        if (!Fill())
        {
            return -1;
        }

        var c = _current.Span[0];
        _current = _current[1..];
        return c;
    }

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        return Read(buffer.AsSpan(index, count));
    }

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        var read = 0;
        while (read < buffer.Length && Fill())
        {
            var take = Math.Min(buffer.Length - read, _current.Length);
            _current.Span[..take].CopyTo(buffer[read..]);
            _current = _current[take..];
            read += take;
        }

        return read;
    }

    /// <summary>The next chunk, once the current one is read; empty at the end, after which it is not asked again.</summary>
    protected abstract ReadOnlyMemory<char> NextChunk();

    private bool Fill()
    {
        while (_current.IsEmpty)
        {
            if (_ended)
            {
                return false;
            }

            _current = NextChunk();
            _ended = _current.IsEmpty;
        }

        return true;
    }
}
