using System.Globalization;
using System.Text;
using Zaozersk.Reporting.Fonts;
using Zaozersk.Reporting.Layout;

namespace Zaozersk.Reporting.Tests.Layout;

/// <summary>
/// The PDF's line breaks against what LibreOffice did with the same text, from measurements kept in
/// Data/libreoffice-line-fits.tsv and from addresses as LibreOffice 7.4 broke them in a 153.5 pt
/// paragraph (12 pt): the expected lines below are its output.
/// </summary>
public sealed class WordProcessorLineBreakTests
{
    [Fact]
    public void Every_calibration_line_fits_or_wraps_as_it_did_in_LibreOffice()
    {
        var path = RepositoryPaths.Combine("tests", "Zaozersk.Reporting.Tests", "Layout", "Data", "libreoffice-line-fits.tsv");
        var cases = File.ReadLines(path).Where(l => !l.StartsWith('#') && l.Length > 0).Select(l => l.Split('\t')).ToList();
        var wrong = new List<string>();
        foreach (var fields in cases)
        {
            var size = double.Parse(fields[0], CultureInfo.InvariantCulture);
            var face = fields[1] == "bold" ? FontFace.Bold : FontFace.Regular;
            var width = int.Parse(fields[2], CultureInfo.InvariantCulture) / 20.0;
            var expected = int.Parse(fields[3], CultureInfo.InvariantCulture);

            var lines = Break(fields[4], width, new TextStyle(face, size, false));

            if (lines.Count != expected)
            {
                wrong.Add($"{fields[0]} pt {fields[1]}, {fields[2]} twips: {lines.Count} lines, LibreOffice {expected}: {fields[4]}");
            }
        }

        Assert.Equal(1300, cases.Count);
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cases.Count} differ:\n" + string.Join('\n', wrong.Take(10)));
    }

    [Theory]
    [InlineData("https://www.zaozersk.ru/anticorruption", "https://www.zaozersk.ru/|anticorruption")]
    [InlineData("https://ok.ru/group/55009749958856/topic/155385986495944", "https://ok.ru/group/|55009749958856/topic/|155385986495944")]
    [InlineData("https://zatozaozersk.ru/novosti/5735-vseh-zhelayushih-priglashayut-prinyat-uchastie-vo-", "https://zatozaozersk.ru/|novosti/5735-vseh-|zhelayushih-priglashayut-|prinyat-uchastie-vo-")]
    [InlineData("http://example.com/a/b/c/d/e/f/g/h/i/j/k/l", "http://example.com/a/b/c/d/e/|f/g/h/i/j/k/l")]
    [InlineData("См. https://www.zaozersk.ru/anticorruption", "См.|https://www.zaozersk.ru/antico|rruption")]
    [InlineData("https://vk.com/wall-171749274_1234?w=wall-171749274", "https://vk.com/wall-|171749274_1234?w=wall-|171749274")]
    [InlineData("https://zaozersk.ru/a?b=c&d=e/f", "https://zaozersk.ru/a?|b=c&d=e/f")]
    [InlineData("https://www.zaozersk.ru/docs/2025/plan.pdf", "https://www.zaozersk.ru/docs/|2025/plan.pdf")]
    [InlineData("См. https://www.zaozersk.ru/abcdefghij/abcdefghij/abcdefghij/abcdefghij/abcdefghij/abcdefghij/abcdefghij/abcdefghij/", "См.|https://www.zaozersk.ru/abcdef|ghij/abcdefghij/abcdefghij/abcd|efghij/abcdefghij/abcdefghij/|abcdefghij/abcdefghij/")]
    [InlineData("Текст перед адресом https://www.zaozersk.ru/abcdefghij/klmnopqrst/uvwxyz/abcdefghij/klmnopqrst/uvwxyz", "Текст перед адресом|https://www.zaozersk.ru/abcdef|ghij/klmnopqrst/uvwxyz/abcdef|ghij/klmnopqrst/uvwxyz")]
    [InlineData("https://a.ru/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/a/b/c/d", "https://a.ru/b/c/d/e/f/g/h/i/j/k/|l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/a/|b/c/d")]
    [InlineData("слово слово https://www.zaozersk.ru/anticorruption слово", "слово слово|https://www.zaozersk.ru/antico|rruption слово")]
    [InlineData("2025/2026/2027/2028/2029/2030/2031/2032/2033/2034", "2025/2026/2027/2028/2029/20|30/2031/2032/2033/2034")]
    [InlineData("abc/def/ghi/jkl/mno/pqr/stu", "abc/def/ghi/jkl/mno/pqr/stu")]
    [InlineData("https://госуслуги.рф/help/section/other", "https://госуслуги.рф/help/|section/other")]
    [InlineData("муниципальной службы ( следующее", "муниципальной службы|( следующее")]
    [InlineData("муниципальной службы [ следующее", "муниципальной службы|[ следующее")]
    [InlineData("муниципальной службы ) следующее", "муниципальной службы )|следующее")]
    [InlineData("муниципальной службы « следующее", "муниципальной службы «|следующее")]
    public void Addresses_and_brackets_break_where_LibreOffice_broke_them(string text, string expected)
    {
        var lines = Break(text, 3070 / 20.0, new TextStyle(FontFace.Regular, 12, false));

        Assert.Equal(expected, string.Join('|', lines.Select(Text)));
    }

    private static List<TextLine> Break(string text, double width, TextStyle style) =>
        LineBreaker.Break([new TextPiece(text, style, null)], width, width, style, 1.0, "test");

    private static string Text(TextLine line)
    {
        var text = new StringBuilder();
        foreach (var fragment in line.Fragments)
        {
            text.Append(fragment.Source, fragment.Start, fragment.Length);
            if (fragment.Hyphen)
            {
                text.Append('-');
            }
        }

        return text.ToString().TrimEnd();
    }
}
