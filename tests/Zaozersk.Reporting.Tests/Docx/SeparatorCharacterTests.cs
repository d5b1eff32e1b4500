using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Docx;

/// <summary>U+2028 and U+2029 (legal in JSON, pasted from other systems) break the line in the DOCX as in the PDF.</summary>
public sealed class SeparatorCharacterTests
{
    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    public void Separator_is_a_line_break_in_both_formats(char separator)
    {
        var document = SeedVariant.WithItem(0, 0, i => i with { Deadline = "первая строка" + separator + "вторая строка" });

        var (docx, pdf) = CorpusRendering.Render(document);

        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        var run = word.MainDocumentPart!.Document.Body!.Descendants<Run>().Single(r => r.InnerText.Contains("первая строка", StringComparison.Ordinal));
        var parts = run.ChildElements.Where(e => e is Text or Break).Select(e => e is Break ? "<br>" : e.InnerText);
        Assert.Equal(["первая строка", "<br>", "вторая строка"], parts);
        Assert.DoesNotContain(separator.ToString(), word.MainDocumentPart.Document.Body.InnerText, StringComparison.Ordinal);

        var lines = Interop.ExternalTools.PdfText(pdf).Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(lines, l => l.EndsWith("первая строка", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("вторая строка", StringComparison.Ordinal));
    }
}
