using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Tests.Layout;

/// <summary>
/// Issue #12: characters legal in JSON that have no glyph of their own. Line and paragraph
/// separators break the line, U+200B is an invisible break opportunity, U+2060 and U+FEFF glue
/// without showing; none is drawn and none makes the layout fail.
/// </summary>
public sealed class InvisibleCharacterTests
{
    private static IReadOnlyList<LaidOutPage> Lay(string paragraph) =>
        Paginator.Paginate(MarkupReader.Read(
            $"<document><styles font=\"Times New Roman\" size=\"12pt\"/><section size=\"A5\" margin-top=\"20mm\" margin-bottom=\"20mm\" margin-left=\"20mm\" margin-right=\"20mm\"><p>{paragraph}</p></section></document>",
            "test.sbn")).Pages;

    /// <summary>The drawn text of each line, in order (without the space a tagged line ends with to part it from the next word).</summary>
    private static List<string> Lines(IReadOnlyList<LaidOutPage> pages) =>
        pages.SelectMany(p => p.Items.OfType<TextItem>().GroupBy(t => t.Baseline).Select(line => string.Concat(line.OrderBy(t => t.X).Select(t => t.Text)).TrimEnd(' '))).ToList();

    // Word lengths vary so that line ends fall in many places of the year ranges.
    private static string YearRanges(string joiner) =>
        string.Join(' ', Enumerable.Range(1, 80).Select(i => $"пункт{new string('ж', i % 7)} на 2025–{joiner}2027 годы"));

    [Fact]
    public void Word_joiner_after_an_en_dash_keeps_the_year_range_on_one_line_and_is_not_drawn()
    {
        var unglued = Lines(Lay(YearRanges(string.Empty)));
        var glued = Lines(Lay(YearRanges("\u2060")));

        Assert.Contains(unglued, l => l.EndsWith("2025–", StringComparison.Ordinal)); // the case the joiner exists for
        Assert.DoesNotContain(glued, l => l.EndsWith('–'));
        Assert.Equal(80, glued.Sum(l => l.Split("2025–2027").Length - 1));
        Assert.DoesNotContain(glued, l => l.Contains('\u2060', StringComparison.Ordinal));
    }

    [Fact]
    public void Byte_order_mark_inside_a_word_is_not_drawn_and_does_not_split_it()
    {
        var lines = Lines(Lay("План\uFEFFмероприятий на\uFEFF 2022 год"));

        Assert.Equal(["Планмероприятий на 2022 год"], lines);
    }

    [Fact]
    public void Zero_width_space_is_a_break_opportunity_that_is_not_drawn()
    {
        var words = Enumerable.Range(1, 60).Select(i => $"слово{i}").ToList();

        var lines = Lines(Lay(string.Join('\u200B', words)));

        Assert.True(lines.Count > 3, string.Join("\n", lines));
        Assert.All(lines, l => Assert.Matches(@"^(слово\d+)+$", l));
        Assert.Equal(string.Concat(words), string.Concat(lines));
    }

    [Fact]
    public void Line_and_paragraph_separators_start_new_lines()
    {
        var lines = Lines(Lay("первая строка\u2028вторая строка\u2029третья строка"));

        Assert.Equal(["первая строка", "вторая строка", "третья строка"], lines);
    }

    [Fact]
    public void Zero_width_joiner_and_non_joiner_are_not_drawn()
    {
        var lines = Lines(Lay("Заозерск\u200Dа\u200Cб"));

        Assert.Equal(["Заозерскаб"], lines);
    }
}
