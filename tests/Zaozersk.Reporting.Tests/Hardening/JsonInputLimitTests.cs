using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Zaozersk.Reporting.Model.Json;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>Issue #12, items 2 and 6: inputs are read within a size limit, and loading stays linear and its messages short.</summary>
public sealed class JsonInputLimitTests : IDisposable
{
    private readonly TempFolder _folder = new("zr-json-limits-");

    public void Dispose() => _folder.Dispose();

    /// <summary>A stream that never ends, like /dev/zero, counting what was taken from it.</summary>
    private sealed class EndlessStream : ReadOnlyTestStream
    {
        public long Taken { get; private set; }

        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Taken; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            Taken += count;
            return count;
        }
    }

    [Fact]
    public async Task An_endless_stream_is_refused_after_reading_just_past_the_limit()
    {
        using var endless = new EndlessStream();

        var result = await PlanDocumentJson.LoadAsync(endless, "pipe", maxInputBytes: 1024 * 1024);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnreadableFile, error.Code);
        Assert.Equal("pipe: error ZR0007: $: the input is larger than the maximum input size of 1 MB; raise the limit if the file is really this large", error.ToString());
        Assert.InRange(endless.Taken, 1024 * 1024 + 1, (1024 * 1024) + 100_000);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_by_its_size()
    {
        var path = Path.Combine(_folder, "big.json");
        using (var file = File.Create(path))
        {
            file.SetLength(70L * 1024 * 1024);
        }

        var result = await new DocumentRenderer().LoadAsync(path);

        Assert.Equal($"{path}: error ZR0007: $: the input is larger than the maximum input size of 64 MB; raise the limit if the file is really this large", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task The_limit_is_an_option()
    {
        using var services = new ServiceCollection().AddLogging().AddZaozerskReporting(o => o.MaxInputBytes = 1000).BuildServiceProvider();

        var result = await services.GetRequiredService<IDocumentRenderer>().LoadAsync(TestData.SeedJsonPath);

        Assert.Contains("maximum input size of 1,000 bytes", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_misspelt_property_name_gets_a_short_message_and_no_suggestion()
    {
        var name = "k" + new string('и', 2_000_000);
        var clock = Stopwatch.StartNew();

        var result = PlanDocumentJson.Parse($$"""{ "{{name}}": "report" }""", "huge.json");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        var unknown = result.Diagnostics.First(d => d.Code == DiagnosticCodes.UnknownProperty);
        Assert.True(unknown.ToString().Length < 600, unknown.ToString());
        Assert.Contains("(2,000,001 characters)", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("known properties here:", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_near_miss_still_gets_its_suggestion()
    {
        var result = PlanDocumentJson.Parse("""{ "organisaton": "x" }""", "near.json");

        Assert.Contains(result.Diagnostics, d => d.Message == "unknown property 'organisaton'; did you mean 'organisation'?");
    }

    [Fact]
    public void A_minified_file_of_thousands_of_measures_loads_in_linear_time()
    {
        // The last measure's number is a number, not text: an error placed near the end of the one line.
        var json = MinifiedReport(4_000);
        var clock = Stopwatch.StartNew();

        var result = PlanDocumentJson.Parse(json, "minified.json");

        // Quadratic position lookup took about 30 s for this on a shared 2-core machine; linear takes well under one.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("$.sections[0].items[3999].number", error.Path);
        Assert.Equal(1, error.Position!.Value.Line);
        Assert.True(error.Position.Value.Column > json.Length / 2, error.ToString());
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Every_line_end_counts_for_positions(string newline)
    {
        var json = string.Join(newline, "{", "  \"kind\": \"plan\",", "  \"organisation\": 5", "}");

        var result = PlanDocumentJson.Parse(json, "lines.json");

        var wrong = result.Diagnostics.Single(d => d.Code == DiagnosticCodes.WrongType);
        Assert.Equal(new SourcePosition(3, 19), wrong.Position);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void Syntax_errors_after_other_line_ends_are_placed_right(string newline)
    {
        var json = string.Join(newline, "{", "  \"kind\": \"plan\",", "  \"organisation\": ]", "}");

        var result = PlanDocumentJson.Parse(json, "broken.json");

        Assert.Equal(new SourcePosition(3, 19), Assert.Single(result.Diagnostics).Position);
    }

    [Fact]
    public void Positions_asked_out_of_order_are_still_right()
    {
        var index = new Utf8LineIndex(Encoding.UTF8.GetBytes("ab\nвгд\rxyz"));

        Assert.Equal(new SourcePosition(2, 3), index.At(7));
        Assert.Equal(new SourcePosition(2, 1), index.At(3));
        Assert.Equal(new SourcePosition(3, 2), index.At(11));
        Assert.Equal(new SourcePosition(1, 2), index.At(1));
    }

    private static string MinifiedReport(int measures)
    {
        var seed = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestData.SeedJsonPath))!.AsObject();
        var section = seed["sections"]![0]!.AsObject();
        var proto = section["items"]![1]!;
        var items = new System.Text.Json.Nodes.JsonArray();
        for (var i = 1; i <= measures; i++)
        {
            var item = proto.DeepClone().AsObject();
            item["number"] = i < measures ? System.Text.Json.Nodes.JsonValue.Create($"1.{i}") : System.Text.Json.Nodes.JsonValue.Create(5);
            items.Add(item);
        }

        section["items"] = items;
        seed["sections"] = new System.Text.Json.Nodes.JsonArray(section.DeepClone());
        return seed.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
