using System.Text;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Tests.Templating;

/// <summary>
/// The template's markup is read where it was written, chunk by chunk; what the reader sees and
/// where an error's excerpt comes from must be exactly the text written, across chunk edges.
/// </summary>
public sealed class MarkupTextTests
{
    /// <summary>Lines of varied length (some longer than a builder's chunk), written in odd pieces.</summary>
    private static (MarkupText Text, string Whole, string[] Lines) Written()
    {
        var random = new Random(2022);
        var lines = Enumerable.Range(1, 400)
            .Select(n => $"строка {n} " + new string((char)('а' + (n % 32)), n % 50 == 0 ? 20_000 : random.Next(0, 300)))
            .ToArray();
        var whole = string.Join('\n', lines);
        var text = new MarkupText(new StringBuilder());
        for (var at = 0; at < whole.Length;)
        {
            var count = Math.Min(random.Next(1, 3_000), whole.Length - at);
            text.Append(whole, at, count);
            at += count;
        }

        return (text, whole, lines);
    }

    [Fact]
    public void The_reader_gives_back_exactly_what_was_written_however_it_is_read()
    {
        var (text, whole, _) = Written();
        Assert.True(text.Length > 100_000, "the text should span many chunks");

        Assert.Equal(whole, text.OpenReader().ReadToEnd());

        // Single characters, peeks and blocks of odd sizes, mixed.
        var random = new Random(7);
        using var reader = text.OpenReader();
        var read = new StringBuilder();
        var block = new char[10_000];
        while (reader.Peek() >= 0)
        {
            if (random.Next(3) == 0)
            {
                read.Append((char)reader.Read());
            }
            else
            {
                var count = reader.Read(block, 0, random.Next(1, block.Length));
                read.Append(block, 0, count);
            }
        }

        Assert.Equal(-1, reader.Read());
        Assert.Equal(0, reader.Read(block, 0, 10));
        Assert.Equal(whole, read.ToString());
    }

    [Fact]
    public void A_line_is_found_by_its_number_across_chunk_edges()
    {
        var (text, _, lines) = Written();

        foreach (var number in new[] { 1, 2, 50, 51, 199, 200, 333, 399, 400 })
        {
            Assert.Equal((lines[number - 1], lines.Length), text.FindLine(number));
        }

        Assert.Equal(((string?)null, lines.Length), text.FindLine(401));
        Assert.Equal((lines[^1], lines.Length), text.FindLine(0));
    }

    [Fact]
    public void The_last_line_of_text_ending_in_a_line_break_is_empty()
    {
        var text = new MarkupText("<a>\n<b/>\n");

        Assert.Equal(("", 3), text.FindLine(0));
        Assert.Equal(("<b/>", 3), text.FindLine(2));
    }

    [Fact]
    public void A_markup_error_far_into_a_long_markup_quotes_its_own_line()
    {
        // 5,000 paragraphs put the faulty line well past the first chunks of the markup.
        var body = string.Concat(Enumerable.Range(1, 5_000).Select(n => $"<p>абзац {n}</p>\n"));
        var markup = $"<document><section>\n{body}<p><unknown/></p>\n</section></document>";

        var error = Assert.Throws<MarkupException>(() => MarkupReader.Read(markup, "long.sbn"));

        Assert.Equal(5_002, error.Line);
        Assert.Contains("<p><unknown/></p>", error.Message, StringComparison.Ordinal);
    }
}
