using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Zaozersk.Reporting.Packaging;

/// <summary>
/// Writes a ZIP archive that depends on nothing but its entries: fixed timestamps (1980-01-01),
/// entries in the order given, no OS-specific "made by" or attribute fields, deflate at a fixed
/// level. System.IO.Compression's ZipArchive records the host OS, so it cannot be byte-stable
/// across machines; this writer is.
/// </summary>
internal sealed class CanonicalZip
{
    private const ushort Version = 20;
    private const ushort DosDate1980 = (0 << 9) | (1 << 5) | 1;
    private readonly List<(string Name, Entry Entry)> _entries = [];

    /// <summary>An entry's deflate data, with the CRC-32 and length of what was compressed.</summary>
    public sealed record Entry(ReadOnlyMemory<byte> Compressed, uint Crc, long Length);

    public void Add(string name, byte[] data) => Add(name, Compress(stream => stream.Write(data)));

    public void Add(string name, string text) => Add(name, new UTF8Encoding(false).GetBytes(text));

    public void Add(string name, Entry entry)
    {
        if (_entries.Any(e => e.Name == name))
        {
            throw new InvalidOperationException($"duplicate zip entry '{name}'");
        }

        _entries.Add((name, entry));
    }

    /// <summary>
    /// Compresses what <paramref name="write"/> writes as it is written, so a large part is
    /// never held uncompressed. Flushes are ignored: a sync flush would change the deflate data,
    /// which must be the same however the writer chunks its output.
    /// </summary>
    public static Entry Compress(Action<Stream> write)
    {
        // Rented: only the entry's deflate data below is a new array.
        using var buffer = new PooledBufferStream(16_384);
        long length;
        using (var gzip = new GZipStream(buffer, new ZLibCompressionOptions { CompressionLevel = 2, CompressionStrategy = ZLibCompressionStrategy.Default }, leaveOpen: true))
        {
            var counting = new CountingStream(gzip);
            write(counting);
            length = counting.Length;
        }

        // A gzip member is the raw deflate data between a 10-byte header and a trailer holding the
        // CRC-32 and the length, which zlib computes far faster than a table loop would.
        var member = buffer.Written.AsSpan();
        var trailer = member[^8..];
        if (BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]) != (uint)length || member[0] != 0x1f || member[1] != 0x8b || (member[3] & 0x1e) != 0)
        {
            throw new InvalidOperationException("unexpected gzip framing");
        }

        if (length > uint.MaxValue)
        {
            throw new InvalidOperationException("a zip entry larger than 4 GB needs ZIP64, which this writer does not write");
        }

        // The deflate data is handed over, not copied, when its buffer is too large for the pool:
        // a long document's main part is megabytes, and a copy would hold it twice.
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        return new Entry(buffer.Detach()[10..^8], crc, length);
    }

    /// <summary>The archive: the entries in the order added, then the central directory.</summary>
    public ReadOnlyMemory<byte> ToArchive()
    {
        // Rented working buffers: only the archive returned is a new array.
        using var output = new PooledBufferStream(16_384 + _entries.Sum(e => e.Entry.Compressed.Length));
        using var central = new PooledBufferStream(4_096);
        foreach (var (name, (compressed, crc, length)) in _entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var offset = (uint)output.Position;

            WriteUInt32(output, 0x04034b50);
            WriteHeaderFields(output, nameBytes.Length, crc, compressed.Length, (uint)length);
            output.Write(nameBytes);
            output.Write(compressed.Span);

            WriteUInt32(central, 0x02014b50);
            WriteUInt16(central, Version); // made by: version 2.0, MS-DOS attributes — the same on every OS
            WriteHeaderFields(central, nameBytes.Length, crc, compressed.Length, (uint)length);
            WriteUInt16(central, 0); // comment length
            WriteUInt16(central, 0); // disk number
            WriteUInt16(central, 0); // internal attributes
            WriteUInt32(central, 0); // external attributes
            WriteUInt32(central, offset);
            central.Write(nameBytes);
        }

        var centralOffset = (uint)output.Position;
        output.Write(central.Written);
        WriteUInt32(output, 0x06054b50);
        WriteUInt16(output, 0);
        WriteUInt16(output, 0);
        WriteUInt16(output, (ushort)_entries.Count);
        WriteUInt16(output, (ushort)_entries.Count);
        WriteUInt32(output, (uint)central.Length);
        WriteUInt32(output, centralOffset);
        WriteUInt16(output, 0);
        return output.Detach();
    }

    private static void WriteHeaderFields(Stream stream, int nameLength, uint crc, int compressedLength, uint length)
    {
        WriteUInt16(stream, Version); // needed to extract
        WriteUInt16(stream, 1 << 11); // flags: UTF-8 names
        WriteUInt16(stream, 8); // deflate
        WriteUInt16(stream, 0); // time 00:00
        WriteUInt16(stream, DosDate1980);
        WriteUInt32(stream, crc);
        WriteUInt32(stream, (uint)compressedLength);
        WriteUInt32(stream, length);
        WriteUInt16(stream, (ushort)nameLength);
        WriteUInt16(stream, 0); // extra field length
    }

    private static void WriteUInt16(Stream stream, ushort value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void WriteUInt32(Stream stream, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }
}
