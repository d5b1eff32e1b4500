using System.IO.Compression;
using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Tests.Packaging;

/// <summary>
/// The byte-stable zip writer: an entry's deflate data is copied out of a pooled buffer, or handed
/// over with its buffer when that is too large for the pool. Either way the archive must read
/// back as what was written, and the same entries must give the same bytes.
/// </summary>
public sealed class CanonicalZipTests
{
    [Fact]
    public void Small_and_large_entries_read_back_as_written_and_the_archive_is_stable()
    {
        // Random bytes do not compress: the large entry's deflate data outgrows the pooled sizes.
        var random = new Random(20221231);
        var large = new byte[PooledBufferStream.MaxPooledLength + (1024 * 1024)];
        random.NextBytes(large);
        const string small = "<w:document>Заозерск</w:document>";

        var first = Archive(small, large);
        var second = Archive(small, large);

        Assert.True(first.Span.SequenceEqual(second.Span));
        using var zip = new ZipArchive(new MemoryStream(first.ToArray()), ZipArchiveMode.Read);
        Assert.Equal(["word/document.xml", "media/data.bin"], zip.Entries.Select(e => e.FullName));
        using (var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open()))
        {
            Assert.Equal(small, reader.ReadToEnd());
        }

        using var data = new MemoryStream();
        using (var entry = zip.GetEntry("media/data.bin")!.Open())
        {
            entry.CopyTo(data);
        }

        Assert.True(data.ToArray().AsSpan().SequenceEqual(large));
    }

    private static ReadOnlyMemory<byte> Archive(string text, byte[] data)
    {
        var zip = new CanonicalZip();
        zip.Add("word/document.xml", text);
        var entry = CanonicalZip.Compress(stream => stream.Write(data));
        Assert.True(entry.Compressed.Length > PooledBufferStream.MaxPooledLength, "the large entry must not fit a pooled buffer");

        // Exactly the raw deflate data, not a byte of the gzip framing around it (a reader would not notice).
        using var expected = new MemoryStream();
        using (var deflate = new DeflateStream(expected, new ZLibCompressionOptions { CompressionLevel = 2, CompressionStrategy = ZLibCompressionStrategy.Default }))
        {
            deflate.Write(data);
        }

        Assert.True(entry.Compressed.Span.SequenceEqual(expected.ToArray()));
        zip.Add("media/data.bin", entry);
        return zip.ToArchive();
    }
}
