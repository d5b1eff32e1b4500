using System.Xml;
using Zaozersk.Reporting.Import;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>Word list numbering counted as Word shows it (issue 24, item 2).</summary>
public sealed class ListNumberingTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static ListNumbering Lists(string abstracts, string instances)
    {
        var xml = $"<w:numbering xmlns:w=\"{W}\">{abstracts}{instances}</w:numbering>";
        return new ListNumbering(XmlReader.Create(new StringReader(xml)), null);
    }

    private static string Level(int index, string format, string text, int? start = 1) =>
        $"<w:lvl w:ilvl=\"{index}\">{(start is { } s ? $"<w:start w:val=\"{s}\"/>" : string.Empty)}<w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/></w:lvl>";

    [Fact]
    public void A_multi_level_list_counts_each_level_and_restarts_the_deeper_one()
    {
        var lists = Lists($"<w:abstractNum w:abstractNumId=\"0\">{Level(0, "upperRoman", "%1.")}{Level(1, "decimal", "%1.%2.")}</w:abstractNum>",
            "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>");

        var labels = new[] { (5, 0), (5, 1), (5, 1), (5, 0), (5, 1) }.Select(p => lists.Label(p.Item1, p.Item2, null));

        Assert.Equal(["I.", "I.1.", "I.2.", "II.", "II.1."], labels);
    }

    [Theory]
    [InlineData("lowerLetter", "%1)", "a)|b)|c)")]
    [InlineData("russianLower", "%1)", "а)|б)|в)")]
    [InlineData("decimalZero", "%1.", "01.|02.|03.")]
    [InlineData("bullet", "•", "•|•|•")]
    [InlineData("bullet", "o", "-|-|-")]
    [InlineData("none", "", "-|-|-")]
    public void Each_format_reads_as_word_shows_it(string format, string text, string expected)
    {
        var lists = Lists($"<w:abstractNum w:abstractNumId=\"0\">{Level(0, format, text)}</w:abstractNum>", "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");

        Assert.Equal(expected, string.Join('|', Enumerable.Range(0, 3).Select(_ => lists.Label(1, 0, null))));
    }

    [Fact]
    public void Two_instances_of_one_list_continue_it_unless_one_restarts_it()
    {
        var lists = Lists($"<w:abstractNum w:abstractNumId=\"0\">{Level(0, "decimal", "%1.")}</w:abstractNum>",
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");

        int[] instances = [1, 1, 2, 3, 3];

        Assert.Equal(["1.", "2.", "3.", "1.", "2."], instances.Select(id => lists.Label(id, 0, null)));
    }

    [Fact]
    public void A_list_the_file_does_not_define_or_a_level_beyond_nine_is_a_plain_item()
    {
        var lists = Lists($"<w:abstractNum w:abstractNumId=\"0\">{Level(0, "decimal", "%1.")}</w:abstractNum>", "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>");

        Assert.Equal("-|-|-|(none)", string.Join('|', new[] { lists.Label(7, 0, null), lists.Label(1, 12, null), lists.Label(1, -1, null), lists.Label(0, 0, null) }.Select(l => l ?? "(none)")));
    }
}
