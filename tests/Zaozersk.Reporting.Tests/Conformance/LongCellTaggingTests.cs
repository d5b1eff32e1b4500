using System.Text;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>
/// PDF/A-1 allows arrays of at most 8,191 items, and a structure element's kids are one array: a
/// cell of 9,000 paragraphs or list items hangs the parts past the limit in groups (Div), so the file
/// stays valid (Preflight, slow) and a screen reader still reads every part once, in order.
/// </summary>
public sealed partial class LongCellTaggingTests
{
    private const int Parts = 9_000;

    public static TheoryData<string, string> Cells => new()
    {
        { "paragraphs", string.Join("\n\n", Enumerable.Range(0, Parts).Select(i => $"абзац {i}")) },
        { "list items", string.Join('\n', Enumerable.Range(0, Parts).Select(i => $"- пункт {i}")) },
    };

    private static byte[] RenderWithCell(string execution)
    {
        var seed = SeedVariant.Seed;
        var first = seed.Sections[0];
        var document = seed with
        {
            Sections = [first with { Items = [first.Items[0] with { Execution = execution }, .. first.Items.Skip(1)] }, .. seed.Sections.Skip(1)],
        };
        return ConformanceDocuments.Render(document);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_cell_of_more_parts_than_one_array_holds_keeps_every_array_within_pdfa1s_limit_and_every_part_in_order(string kind, string execution)
    {
        var pdf = RenderWithCell(execution);

        var longest = ArraySyntax().Matches(Encoding.Latin1.GetString(pdf)).Max(m => ItemSyntax().Count(m.Groups[1].Value));
        Assert.True(longest <= 8_191, $"{kind}: an array of {longest} items");

        // The parts past the limit hang in a group; the plain file has no groups at all.
        Assert.Contains("/S/Div", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.DoesNotContain("/S/Div", Encoding.Latin1.GetString(ConformanceDocuments.Render(SeedVariant.Seed)), StringComparison.Ordinal);
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void A_cell_of_9000_paragraphs_and_one_of_9000_list_items_are_valid_pdfa_files()
    {
        var files = Cells.Select(row => ((string)row[0], RenderWithCell((string)row[1]))).ToList();

        Assert.All(Preflight.Check(files), result => Assert.Null(result.Errors));
    }

    // An array with no array inside it; its items: references, numbers and names.
    [GeneratedRegex(@"\[([^\[\]]*)\]")]
    private static partial Regex ArraySyntax();

    [GeneratedRegex(@"\d+ 0 R|-?\d+(?:\.\d+)?|/[^\s/\[\]<>()]+")]
    private static partial Regex ItemSyntax();

}
