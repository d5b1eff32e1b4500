using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Tests.Packaging;

/// <summary>
/// The pooled stream the PDF and DOCX writers save into must hold exactly what a
/// <see cref="MemoryStream"/> would after the same writes, seeks and truncations: PDFsharp and
/// the zip writer treat it as one.
/// </summary>
public sealed class PooledBufferStreamTests
{
    [Fact]
    public void Holds_what_a_memory_stream_holds_after_the_same_writes_seeks_and_truncations()
    {
        var random = new Random(20221231);
        using var pooled = new PooledBufferStream(256);
        using var reference = new MemoryStream();
        var largest = 0L;

        // Grown past the large-object threshold first, in pieces, so the buffer is replaced several times.
        for (var piece = 0; piece < 40; piece++)
        {
            var data = new byte[2_500];
            random.NextBytes(data);
            pooled.Write(data);
            reference.Write(data);
        }

        for (var step = 0; step < 400; step++)
        {
            switch (random.Next(20))
            {
                case < 16:
                    var data = new byte[random.Next(1, 4_096)];
                    random.NextBytes(data);
                    pooled.Write(data);
                    reference.Write(data);
                    break;
                case 16:
                    var at = random.Next((int)reference.Length + 64);
                    Assert.Equal(reference.Seek(at, SeekOrigin.Begin), pooled.Seek(at, SeekOrigin.Begin));
                    break;
                case < 19:
                    var back = -random.Next((int)reference.Length + 1);
                    Assert.Equal(reference.Seek(back, SeekOrigin.End), pooled.Seek(back, SeekOrigin.End));
                    break;
                default:
                    var length = random.Next((int)reference.Length + 64);
                    reference.SetLength(length);
                    pooled.SetLength(length);
                    break;
            }

            Assert.Equal(reference.Position, pooled.Position);
            Assert.Equal(reference.Length, pooled.Length);
            largest = Math.Max(largest, reference.Length);
        }

        Assert.True(largest > 85_000, "the run should have grown past the large-object threshold");
        Assert.Equal(reference.ToArray(), pooled.ToArray());
        Assert.Equal(reference.ToArray(), pooled.Written.ToArray());
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(PooledBufferStream.MaxPooledLength + 1_000)]
    public void Detaching_hands_over_what_was_written_and_leaves_the_stream_empty(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);
        using var stream = new PooledBufferStream(256);
        stream.Write(data);

        var detached = stream.Detach();

        Assert.Equal(data, detached.ToArray());
        Assert.Equal(0, stream.Length);

        // Writing on does not touch what was handed over, pooled or not.
        stream.Write(new byte[length]);
        Assert.Equal(data, detached.ToArray());
    }

    [Fact]
    public void A_rewrite_in_place_that_grows_within_the_headroom_reads_each_byte_before_overwriting_it()
    {
        // Blocks of 1,000 bytes, each rewritten with 4 bytes more, into the same buffer.
        var original = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();
        using var stream = new PooledBufferStream(original.Length, headroom: 256);
        stream.Write(original);
        Assert.Equal(256, stream.Headroom);

        var (written, rewrite) = stream.RewriteInPlace();
        using (rewrite)
        {
            var expected = new List<byte>();
            for (var at = 0; at < written.Count; at += 1_000)
            {
                byte[] grown = [.. written.AsSpan(at, 1_000), 0xEE, 0xEE, 0xEE, 0xEE];
                rewrite.Write(grown);
                expected.AddRange(grown);
            }

            Assert.Equal(0, stream.Length);
            Assert.Equal(expected.ToArray(), rewrite.ToArray());
            Assert.Same(written.Array, rewrite.Written.Array);
        }
    }

    [Fact]
    public void A_rewrite_in_place_that_outgrows_the_buffer_moves_to_a_new_one_with_its_text_intact()
    {
        var original = Enumerable.Range(0, 10_000).Select(i => (byte)(i * 13)).ToArray();
        using var stream = new PooledBufferStream(original.Length, headroom: 16);
        stream.Write(original);
        var (written, rewrite) = stream.RewriteInPlace();
        using (rewrite)
        {
            var copy = written.ToArray();
            rewrite.Write(copy);
            rewrite.Write(copy);

            Assert.NotSame(written.Array, rewrite.Written.Array);
            Assert.Equal(copy.Concat(copy).ToArray(), rewrite.ToArray());
        }
    }

    [Fact]
    public void Cannot_be_written_after_it_is_disposed()
    {
        var stream = new PooledBufferStream(16);
        stream.Write([1, 2, 3]);
        stream.Dispose();

        Assert.Throws<ObjectDisposedException>(() => stream.Write([4]));
    }
}
