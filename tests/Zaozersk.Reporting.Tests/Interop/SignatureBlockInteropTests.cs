using Xunit.Abstractions;
using Zaozersk.Reporting.Tests.Corpus;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>
/// Documents with signatories, as LibreOffice lays out our DOCX and as our PDF shows them: the
/// body table keeps its ruling (the signature table does not merge into it) and the signature
/// block is whole, on one page.
/// </summary>
[Trait(TestTraits.Speed, TestTraits.Slow)]
public sealed class SignatureBlockInteropTests(ITestOutputHelper output)
{
    public static TheoryData<string> WithSignatories => new()
    {
        "report-roman-three-level", "plan-optional-columns", "report-nine-months-plain", "report-quarter-long-cells",
    };

    [Theory]
    [MemberData(nameof(WithSignatories))]
    public void LibreOffice_draws_the_same_column_rules_as_our_PDF(string name)
    {
        var (docx, pdf) = CorpusRendering.Of(name);
        var office = ExternalTools.LibreOfficePdf(docx, name);
        var columns = ColumnCount(FixtureCorpus.Get(name).Document);

        // A continuation page, and the last page where the table ends above the signature block.
        foreach (var (ourPage, theirPage) in new[] { (2, 2), (Pages(pdf), Pages(office)) })
        {
            var ours = PageRaster.Of(pdf, ourPage).LongVerticalRules(0.05);
            var theirs = PageRaster.Of(office, theirPage).LongVerticalRules(0.05);
            output.WriteLine($"{name}: long vertical rules — ours {ours} (page {ourPage}), LibreOffice {theirs} (page {theirPage})");
            Assert.Equal(columns + 1, ours);
            Assert.Equal(ours, theirs);
        }
    }

    private static int Pages(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    [Theory]
    [MemberData(nameof(WithSignatories))]
    public void Signature_block_is_whole_on_one_page_in_both_renderings(string name)
    {
        var document = FixtureCorpus.Get(name).Document;
        var (docx, pdf) = CorpusRendering.Of(name);
        var office = ExternalTools.LibreOfficePdf(docx, name);

        foreach (var (label, rendering) in new[] { ("our PDF", pdf), ("LibreOffice", office) })
        {
            var pages = PrintedText.PagesOf(rendering);
            var first = LastPageWith(pages, document.Signatories[0].Position);
            var last = LastPageWith(pages, document.Signatories[^1].Name);
            output.WriteLine($"{name}, {label}: first signatory on page {first + 1}, last on page {last + 1} of {pages.Count}");
            Assert.True(first >= 0 && first == last, $"{label}: the signature block is split or missing (pages {first + 1} and {last + 1})");
        }
    }

    [Theory]
    [MemberData(nameof(WithSignatories))]
    public void Signature_block_never_stands_without_the_end_of_the_table_in_either_rendering(string name)
    {
        var document = FixtureCorpus.Get(name).Document;
        var (docx, pdf) = CorpusRendering.Of(name);
        var office = ExternalTools.LibreOfficePdf(docx, name);
        var lastItem = document.Sections[^1].Items[^1];

        // The last row's distinctive words (its markers and longer words); some must share the page.
        var words = new[] { lastItem.Measure, lastItem.Execution ?? string.Empty, lastItem.Deadline, string.Join(" ", lastItem.Responsible) }
            .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 5).ToList();

        foreach (var (label, rendering) in new[] { ("our PDF", pdf), ("LibreOffice", office) })
        {
            var pages = PrintedText.PagesOf(rendering);
            var page = LastPageWith(pages, document.Signatories[0].Position);
            Assert.True(page >= 0, $"{label}: no signature block");
            Assert.True(words.Any(w => pages[page].Count(w) > 0), $"{label}: page {page + 1} has the signature block but nothing of measure {lastItem.Number}");
        }
    }

    private static int LastPageWith(IReadOnlyList<PrintedText> pages, string text)
    {
        for (var i = pages.Count - 1; i >= 0; i--)
        {
            if (pages[i].Count(text) > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int ColumnCount(PlanDocument document) =>
        Zaozersk.Reporting.Templating.TableColumns.For(document).Count;
}
