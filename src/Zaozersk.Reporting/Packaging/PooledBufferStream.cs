using System.Buffers;

namespace Zaozersk.Reporting.Packaging;

/// <summary>
/// A write-only, seekable in-memory stream whose buffer is rented from the shared array pool and
/// returned on dispose. A render's working copies of its output (PDFsharp's file before it is
/// stabilised, for one) are larger than the runtime's large-object threshold: allocated afresh,
/// each one would count towards a full garbage collection, which in a batch competes with the
/// other renders for the processor. Only the final result is a new array (and, for a very large
/// document, the working copies too: see <see cref="MaxPooledLength"/>).
/// </summary>
internal sealed class PooledBufferStream : Stream
{
    private byte[] _buffer;
    private int _length;
    private int _position;

    /// <summary>Where the stream's first byte is in the buffer: what comes before is headroom.</summary>
    private int _origin;

    /// <summary>True while what is being rewritten in place is still read from the buffer (see <see cref="RewriteInPlace"/>).</summary>
    private bool _sharedWithReader;

    /// <summary>
    /// Starts with room for <paramref name="capacity"/> bytes, after <paramref name="headroom"/>
    /// bytes kept free in front of them for <see cref="RewriteInPlace"/>; it grows as needed.
    /// </summary>
    public PooledBufferStream(int capacity, int headroom = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(headroom);
        _buffer = Take(Math.Max(capacity + headroom, 256));
        _origin = headroom;
    }

    private PooledBufferStream(byte[] shared)
    {
        _buffer = shared;
        _sharedWithReader = true;
    }

    /// <summary>Bytes free in front of what has been written.</summary>
    public int Headroom => _origin;

    /// <summary>
    /// The largest buffer taken from the shared pool. A render's scratch buffers are far smaller;
    /// a very large document's would stay in the pool after it (the pool keeps what it is given)
    /// and, rounded up to a power of two, could be nearly twice the file: those are plain arrays.
    /// </summary>
    internal const int MaxPooledLength = 4 * 1024 * 1024;

    private static byte[] Take(int length) =>
        length <= MaxPooledLength ? ArrayPool<byte>.Shared.Rent(length) : GC.AllocateUninitializedArray<byte>(length);

    private static void Give(byte[] buffer)
    {
        if (buffer.Length <= MaxPooledLength)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public override bool CanRead => false;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = (int)Math.Clamp(value, 0, Array.MaxLength);
    }

    /// <summary>What has been written, as a view of the pooled buffer: valid until the next write or dispose.</summary>
    public ArraySegment<byte> Written => new(_buffer, _origin, _length);

    /// <summary>A copy of what has been written, owned by the caller.</summary>
    public byte[] ToArray() => _buffer.AsSpan(_origin, _length).ToArray();

    /// <summary>
    /// For a rewrite of what has been written into the same buffer, from its start (into the
    /// headroom, then over what has been read): the bytes written, and an empty stream over the
    /// same buffer that now owns it; this stream is left empty. The caller must read each byte
    /// before the rewrite reaches it, which the headroom allows when the rewrite grows the text by
    /// less than <see cref="Headroom"/> bytes. Should the rewrite outgrow the buffer, it moves to
    /// a new one and leaves the old one to the reader.
    /// </summary>
    public (ArraySegment<byte> Written, PooledBufferStream Rewrite) RewriteInPlace()
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        var written = Written;
        var rewrite = new PooledBufferStream(_buffer);
        _buffer = [];
        _length = 0;
        _position = 0;
        _origin = 0;
        return (written, rewrite);
    }

    /// <summary>
    /// What has been written, handed to the caller, after which the stream is empty. A buffer too
    /// large for the pool is handed over as it is (copying a file of tens of megabytes would hold
    /// it twice); a pooled one is copied, since the pool will lend it out again.
    /// </summary>
    public ReadOnlyMemory<byte> Detach()
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        ReadOnlyMemory<byte> written = _buffer.Length > MaxPooledLength ? _buffer.AsMemory(_origin, _length) : ToArray();
        if (_buffer.Length > MaxPooledLength)
        {
            _buffer = Take(256);
            _origin = 0;
        }

        _length = 0;
        _position = 0;
        return written;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var end = _position + buffer.Length;
        EnsureCapacity(end);
        if (_position > _length)
        {
            // Written past the end after a seek: the gap reads as zeros, as in MemoryStream.
            _buffer.AsSpan(_origin + _length, _position - _length).Clear();
        }

        // A copy between overlapping parts of one buffer (a rewrite in place) is safe: CopyTo moves.
        buffer.CopyTo(_buffer.AsSpan(_origin + _position));
        _position = end;
        _length = Math.Max(_length, end);
    }

    public override void WriteByte(byte value) => Write([value]);

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override void SetLength(long value)
    {
        var length = (int)Math.Clamp(value, 0, Array.MaxLength);
        EnsureCapacity(length);
        if (length > _length)
        {
            _buffer.AsSpan(_origin + _length, length - _length).Clear();
        }

        _length = length;
        _position = Math.Min(_position, _length);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            Give(_buffer);
            _buffer = [];
            _length = 0;
            _position = 0;
        }

        base.Dispose(disposing);
    }

    private void EnsureCapacity(int needed)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_origin + (long)needed <= _buffer.Length)
        {
            return;
        }

        var grown = Take((int)Math.Min(Math.Max(_origin + (long)needed, (long)_buffer.Length * 2), Array.MaxLength));
        _buffer.AsSpan(0, _origin + _length).CopyTo(grown);

        // A buffer still being read is left to the reader (and the collector), never to the pool.
        if (!_sharedWithReader)
        {
            Give(_buffer);
        }

        _sharedWithReader = false;
        _buffer = grown;
    }
}
