using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Pdf;
using Zaozersk.Reporting.Tests.Localization;

namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>
/// PDF/A-1 allows arrays of at most 8,191 elements and PDFsharp writes the page tree as one array: a
/// longer document cannot be a valid PDF/A-1 file, so it is refused with the way out instead of
/// written with a conformance claim it does not meet.
/// </summary>
public sealed class PdfAPageLimitTests
{
    private static IEnumerable<LaidOutPage> BlankPages(int count) =>
        Enumerable.Range(0, count).Select(_ => new LaidOutPage(595, 842, []));

    [Fact]
    public void A_pdfa_document_of_more_pages_than_pdfa1_allows_is_refused_with_the_way_out()
    {
        var error = Assert.Throws<LayoutException>(() => PdfDocumentWriter.Write(BlankPages(8_192), new DocumentInfo(), PdfConformance.PdfA1b));

        Assert.Equal("page 8,192", error.Location);
        Assert.Contains("8,191 pages", error.Reason, StringComparison.Ordinal);
        Assert.Contains("--pdf-conformance none", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_is_in_russian_too()
    {
        var error = MessageWords.In(MessageLanguage.Russian, () => Assert.Throws<LayoutException>(() => PdfDocumentWriter.Write(BlankPages(8_192), new DocumentInfo(), PdfConformance.PdfA1b)));

        Assert.Equal("страница 8 192", error.Location);
        Assert.Empty(MessageWords.EnglishIn(error.Message));
        Assert.Contains("8 191 страниц", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_most_pages_pdfa1_allows_are_written_and_without_pdfa_there_is_no_such_limit()
    {
        Assert.False(PdfDocumentWriter.Write(BlankPages(8_191), new DocumentInfo(), PdfConformance.PdfA1b).IsEmpty);
        Assert.False(PdfDocumentWriter.Write(BlankPages(8_192), new DocumentInfo(), PdfConformance.None).IsEmpty);
    }
}
