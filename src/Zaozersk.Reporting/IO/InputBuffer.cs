using System.Buffers;

namespace Zaozersk.Reporting.IO;

/// <summary>
/// A whole input read into memory. An input of up to <see cref="MaxPooledLength"/> bytes is in a
/// buffer rented from the shared pool and given back on dispose: a file of a typical report (the
/// seed is 85 KB) is just over the runtime's large-object threshold, and a batch that allocated one
/// afresh per file would set off a full collection every couple of dozen files, which on a busy
/// machine takes processor time from the renders. A larger input is a plain array of its own size,
/// so the pool never keeps a large one.
/// </summary>
internal sealed class InputBuffer : IDisposable
{
    /// <summary>The largest input read into a pooled buffer.</summary>
    internal const int MaxPooledLength = 4 * 1024 * 1024;

    private readonly bool _pooled;

    private InputBuffer(byte[] array, int length, bool pooled)
    {
        Array = array;
        Length = length;
        _pooled = pooled;
    }

    /// <summary>The buffer; the input is its first <see cref="Length"/> bytes.</summary>
    public byte[] Array { get; private set; }

    /// <summary>The input's length in bytes.</summary>
    public int Length { get; }

    /// <summary>The input's bytes.</summary>
    public ReadOnlyMemory<byte> Memory => Array.AsMemory(0, Length);

    /// <summary>Reads <paramref name="stream"/> to its end, or returns null once it is known to hold more than <paramref name="maxBytes"/>.</summary>
    public static async Task<InputBuffer?> ReadAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        var expected = stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : -1;
        if (expected > maxBytes)
        {
            return null;
        }

        // A file's announced size is the first guess; whether it has really ended is known only when
        // a read returns nothing. Never more than one byte past the limit is read.
        var array = expected > 0 ? Take((int)Math.Min(expected, System.Array.MaxLength)) : Take(81_920);
        var length = 0;
        var completed = false;
        try
        {
            while (length <= maxBytes)
            {
                if (length == array.Length)
                {
                    // Full at the announced size: look for one more byte before making room for more.
                    var extra = -1;
                    if (length == expected)
                    {
                        var one = new byte[1];
                        if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
                        {
                            completed = true;
                            return new InputBuffer(array, length, IsPooled(array));
                        }

                        extra = one[0];
                    }

                    array = Grow(array, length, (int)Math.Min(Math.Min((long)length * 2, maxBytes + 1), System.Array.MaxLength));
                    if (extra >= 0)
                    {
                        array[length++] = (byte)extra;
                        continue;
                    }
                }

                var read = await stream.ReadAsync(array.AsMemory(length, (int)Math.Min(array.Length - length, maxBytes + 1 - length)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    completed = true;
                    return new InputBuffer(array, length, IsPooled(array));
                }

                length += read;
            }

            return null;
        }
        finally
        {
            if (!completed)
            {
                Give(array);
            }
        }
    }

    /// <summary>The input as an array of its own length: the buffer itself when it is one, else a copy (and the buffer is given back).</summary>
    public byte[] ToExactArray()
    {
        if (!_pooled && Array.Length == Length)
        {
            var own = Array;
            Array = [];
            return own;
        }

        var exact = Memory.ToArray();
        Dispose();
        return exact;
    }

    /// <summary>Gives a pooled buffer back and lets go of the bytes, which must not be used after this.</summary>
    public void Dispose()
    {
        if (_pooled && Array.Length > 0)
        {
            Give(Array);
        }

        Array = [];
    }

    private static byte[] Take(int length) =>
        length <= MaxPooledLength ? ArrayPool<byte>.Shared.Rent(length) : GC.AllocateUninitializedArray<byte>(length);

    private static byte[] Grow(byte[] array, int length, int size)
    {
        var larger = Take(size);
        array.AsSpan(0, length).CopyTo(larger);
        Give(array);
        return larger;
    }

    // Only what the pool handed out goes back: plain arrays are larger than any buffer rented here.
    private static bool IsPooled(byte[] array) => array.Length <= MaxPooledLength;

    private static void Give(byte[] array)
    {
        if (IsPooled(array))
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
