namespace Zaozersk.Reporting.Markup;

/// <summary>
/// Markup handed from the template to the markup reader while it is being written, for large
/// documents: the template writes on a thread of its own into chunks of a few thousand characters,
/// the reader reads each chunk as it comes, and at most <see cref="Capacity"/> chunks wait between
/// them (the writer waits when they are all full). A large report's markup (about 2.4 KB a measure,
/// 47 MB for 20,000 measures) is then never held whole, and read chunks are written again.
/// One writer and one reader.
/// </summary>
internal sealed class MarkupPipe : IMarkupSink, IMarkupSource
{
    /// <summary>Characters a chunk holds: below the large object heap's threshold.</summary>
    internal const int ChunkSize = 8_192;

    /// <summary>How many written chunks may wait for the reader.</summary>
    internal const int Capacity = 8;

    private readonly object _gate = new();
    private readonly Queue<(char[] Chars, int Length)> _ready = new();
    private readonly Stack<char[]> _free = new();
    private char[] _writing = new char[ChunkSize];
    private int _written;
    private bool _completed;
    private bool _abandoned;
    private Exception? _writerFailure;

    /// <summary>The most chunks that were written and not yet read at one time (for tests).</summary>
    internal int MostChunksWaiting { get; private set; }

    /// <inheritdoc/>
    /// <exception cref="ReaderStoppedException">The reader has stopped; the writer should stop too.</exception>
    public void Append(string text, int offset, int count)
    {
        while (count > 0)
        {
            if (_written == _writing.Length)
            {
                Publish();
            }

            var take = Math.Min(count, _writing.Length - _written);
            text.CopyTo(offset, _writing, _written, take);
            _written += take;
            offset += take;
            count -= take;
        }
    }

    /// <summary>The writer is done: the reader reads what is left, then the end.</summary>
    public void Complete()
    {
        if (_written > 0)
        {
            Publish();
        }

        lock (_gate)
        {
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The writer failed: once it has read what came before, the reader gets <see cref="WriterFailedException"/>, not the end.</summary>
    public void Fail(Exception failure)
    {
        lock (_gate)
        {
            _writerFailure = failure;
            _completed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The reader stops early: a waiting or later write throws <see cref="ReaderStoppedException"/>.</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            _abandoned = true;
            _ready.Clear();
            Monitor.PulseAll(_gate);
        }
    }

    /// <inheritdoc/>
    public TextReader OpenReader() => new Reader(this);

    /// <inheritdoc/>
    /// <remarks>The lines already read are gone; a streamed read that fails is read again whole for its message.</remarks>
    public (string? Line, int LineCount) FindLine(int number) => (null, 0);

    private void Publish()
    {
        lock (_gate)
        {
            while (_ready.Count >= Capacity && !_abandoned)
            {
                Monitor.Wait(_gate);
            }

            if (_abandoned)
            {
                throw new ReaderStoppedException();
            }

            _ready.Enqueue((_writing, _written));
            MostChunksWaiting = Math.Max(MostChunksWaiting, _ready.Count);
            Monitor.PulseAll(_gate);
            _writing = _free.Count > 0 ? _free.Pop() : new char[ChunkSize];
        }

        _written = 0;
    }

    /// <summary>The next written chunk, after handing back <paramref name="read"/>; empty at the end.</summary>
    private (char[]? Chars, int Length) Next(char[]? read)
    {
        lock (_gate)
        {
            if (read is not null)
            {
                _free.Push(read);
            }

            while (_ready.Count == 0 && !_completed)
            {
                Monitor.Wait(_gate);
            }

            if (_ready.Count == 0)
            {
                return _writerFailure is null ? (null, 0) : throw new WriterFailedException(_writerFailure);
            }

            var next = _ready.Dequeue();
            Monitor.PulseAll(_gate);
            return next;
        }
    }

    /// <summary>Thrown to the writer when the reader has stopped.</summary>
    internal sealed class ReaderStoppedException() : OperationCanceledException("the markup reader stopped");

    /// <summary>Thrown to the reader when the writer failed; the writer's own exception says why.</summary>
    internal sealed class WriterFailedException(Exception writerFailure) : Exception("the template failed", writerFailure);

    private sealed class Reader(MarkupPipe pipe) : ChunkedTextReader
    {
        private char[]? _chunk;

        /// <inheritdoc/>
        protected override ReadOnlyMemory<char> NextChunk()
        {
            // The chunk just read goes back to the writer to be filled again. A published chunk
            // is never empty, so an empty result is the end.
            (_chunk, var length) = pipe.Next(_chunk);
            return _chunk is null ? ReadOnlyMemory<char>.Empty : _chunk.AsMemory(0, length);
        }
    }
}
