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
    public void Cannot_be_written_after_it_is_disposed()
    {
        var stream = new PooledBufferStream(16);
        stream.Write([1, 2, 3]);
        stream.Dispose();

        Assert.Throws<ObjectDisposedException>(() => stream.Write([4]));
    }
}
