using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Model;

/// <summary>
/// Inputs are read whole into a pooled buffer (small ones) or an array of their own size (large
/// ones), never past one byte beyond the limit, whatever their streams announce.
/// </summary>
public sealed class InputBufferTests
{
    /// <summary>A stream that hands out its bytes in small pieces and may announce a wrong length, or none.</summary>
    private sealed class PieceStream(byte[] bytes, long? announced, int piece) : ReadOnlyTestStream
    {
        private int _position;

        public int Reads { get; private set; }

        public override bool CanSeek => announced is not null;

        public override long Length => announced ?? throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Reads++;
            var n = Math.Min(Math.Min(count, piece), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }
    }

    private static byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(85_084, true)] // the seed's size: just over the large-object threshold
    [InlineData(131_072, true)] // exactly a pooled buffer's size
    [InlineData(300_000, false)] // no announced length: grown from the first guess
    [InlineData(4 * 1024 * 1024, true)]
    [InlineData((4 * 1024 * 1024) + 1, true)] // just over the pooled size: an array of its own
    [InlineData((5 * 1024 * 1024) + 3, false)]
    public async Task The_bytes_read_are_the_streams_whatever_its_size(int length, bool announced)
    {
        var bytes = Bytes(length);
        using var stream = new PieceStream(bytes, announced ? length : null, 70_000);

        using var buffer = await InputBuffer.ReadAsync(stream, 64L * 1024 * 1024, CancellationToken.None);

        Assert.NotNull(buffer);
        Assert.Equal(length, buffer.Length);
        Assert.True(buffer.Memory.Span.SequenceEqual(bytes));
    }

    [Fact]
    public async Task A_large_input_of_announced_size_is_read_into_an_array_of_its_own_size()
    {
        var bytes = Bytes((6 * 1024 * 1024) + 5);
        using var stream = new PieceStream(bytes, bytes.Length, int.MaxValue);

        using var buffer = await InputBuffer.ReadAsync(stream, 64L * 1024 * 1024, CancellationToken.None);

        Assert.NotNull(buffer);
        Assert.Equal(bytes.Length, buffer.Array.Length);

        // One read for the bytes, one that finds the end: no second buffer, no copy.
        Assert.Equal(2, stream.Reads);
        Assert.Same(buffer.Array, buffer.ToExactArray());
    }

    [Fact]
    public async Task A_stream_longer_than_it_announced_is_read_to_its_end()
    {
        var bytes = Bytes(200_000);
        using var stream = new PieceStream(bytes, 90_000, 64_000);

        using var buffer = await InputBuffer.ReadAsync(stream, 64L * 1024 * 1024, CancellationToken.None);

        Assert.NotNull(buffer);
        Assert.True(buffer.Memory.Span.SequenceEqual(bytes));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_input_of_exactly_the_limit_is_read_and_one_byte_more_is_refused(bool announced)
    {
        const int limit = 100_000;
        using (var exact = await InputBuffer.ReadAsync(new PieceStream(Bytes(limit), announced ? limit : null, 30_000), limit, CancellationToken.None))
        {
            Assert.NotNull(exact);
            Assert.Equal(limit, exact.Length);
        }

        Assert.Null(await InputBuffer.ReadAsync(new PieceStream(Bytes(limit + 1), announced ? limit + 1 : null, 30_000), limit, CancellationToken.None));
    }

    [Fact]
    public async Task A_stream_that_hides_its_surplus_behind_a_small_announced_length_is_refused_just_past_the_limit()
    {
        const int limit = 100_000;
        var stream = new PieceStream(Bytes(10 * limit), 1_000, 30_000);

        Assert.Null(await InputBuffer.ReadAsync(stream, limit, CancellationToken.None));
        Assert.True(stream.Position <= limit + 1, $"read {stream.Position} bytes for a limit of {limit}");
    }

    [Fact]
    public async Task An_exact_copy_is_the_input_and_the_buffer_is_let_go()
    {
        var bytes = Bytes(85_084);
        var buffer = await InputBuffer.ReadAsync(new PieceStream(bytes, bytes.Length, 8_192), 1_000_000, CancellationToken.None);

        var copy = buffer!.ToExactArray();

        Assert.Equal(bytes, copy);
        Assert.Empty(buffer.Array);
    }

    [Fact]
    public async Task The_seed_loads_the_same_from_a_file_and_from_a_stream_of_unknown_length()
    {
        var path = TestData.SeedJsonPath;
        var fromFile = await PlanDocumentJson.LoadFileAsync(path);
        var fromStream = await PlanDocumentJson.LoadAsync(new PieceStream(await File.ReadAllBytesAsync(path), null, 4_096), path);

        Assert.False(fromFile.HasErrors);
        Assert.Equal(PlanDocumentJson.Serialize(fromFile.Document!), PlanDocumentJson.Serialize(fromStream.Document!));
        Assert.Equal(fromFile.Diagnostics.Select(d => d.ToString()), fromStream.Diagnostics.Select(d => d.ToString()));
    }
}
