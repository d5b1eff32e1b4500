using System.IO.Compression;
using Zaozersk.Reporting.Docx;
using Zaozersk.Reporting.Fonts;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Model.Validation;
using Zaozersk.Reporting.Tests.Pdf;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Layout;

/// <summary>
/// Issue #24: Word's non-breaking hyphen (w:noBreakHyphen, U+2011) imports as U+2011, which the bundled
/// font lacks, so validation refused it and the PDF could not be made. It is drawn with the hyphen's
/// glyph, never breaks a line, and the DOCX keeps it as Word's own element.
/// </summary>
public sealed class NonBreakingHyphenTests
{
    private static List<string> Lines(string paragraph) =>
        Paginator.Paginate(MarkupReader.Read(
            $"<document><styles font=\"Times New Roman\" size=\"12pt\"/><section size=\"A5\" margin-top=\"20mm\" margin-bottom=\"20mm\" margin-left=\"20mm\" margin-right=\"20mm\"><p>{paragraph}</p></section></document>",
            "test.sbn")).Pages
        .SelectMany(p => p.Items.OfType<TextItem>().GroupBy(t => t.Baseline).Select(line => string.Concat(line.OrderBy(t => t.X).Select(t => t.Text)).TrimEnd(' ')))
        .ToList();

    // Word lengths vary so that line ends fall in many places of the hyphenated words.
    private static string Words(char hyphen) =>
        string.Join(' ', Enumerable.Range(1, 80).Select(i => $"пункт{new string('ж', i % 7)} северо{hyphen}западный"));

    [Fact]
    public void Every_face_has_it_drawn_as_the_hyphen_and_as_wide()
    {
        Assert.Equal(CharacterKind.Printable, CharacterPolicy.Classify('\u2011'));
        Assert.All(Enum.GetValues<FontFace>(), face =>
        {
            var metrics = BundledFonts.Metrics(face);
            Assert.Equal(metrics.Glyph('\u2010'), metrics.Glyph('\u2011'));
            Assert.Equal(metrics.Advance('\u2010'), metrics.Advance('\u2011'));
            Assert.Equal(0x2010, metrics.DrawnAs('\u2011'));
            Assert.Equal('-', metrics.DrawnAs('-'));
        });
    }

    [Fact]
    public void A_line_never_breaks_at_it_where_it_breaks_at_an_ordinary_hyphen()
    {
        var ordinary = Lines(Words('-'));
        var nonBreaking = Lines(Words('\u2011'));

        Assert.Contains(ordinary, l => l.EndsWith("северо-", StringComparison.Ordinal)); // the case it exists for
        Assert.DoesNotContain(nonBreaking, l => l.EndsWith('\u2011'));
        Assert.Equal(80, nonBreaking.Sum(l => l.Split("северо\u2011западный").Length - 1));
    }

    [Fact]
    public void A_text_with_it_validates_and_renders_in_both_formats()
    {
        var document = SeedVariant.WithItem(0, 0, i => i with { Deadline = "ежегодно, до 1 марта (2021\u20112024)" });

        Assert.DoesNotContain(PlanValidator.Validate(document), d => d.IsError);
        var pdfText = PdfText.Of(SeedVariant.Pdf(document));
        Assert.Contains("(2021\u20102024)", pdfText, StringComparison.Ordinal);
        using var docx = new ZipArchive(new MemoryStream(DocxWriter.Write(Reporting.Composition.DocumentComposer.Compose(document)).ToArray()));
        using var body = new StreamReader(docx.GetEntry("word/document.xml")!.Open());
        Assert.Matches("2021</w:t><w:noBreakHyphen ?/><w:t[^>]*>2024", body.ReadToEnd());
    }
}
