using Xunit.Abstractions;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Tests.Corpus;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>
/// Documents with signatories, as LibreOffice lays out our DOCX and as our PDF shows them: the
/// body table keeps its ruling (the signature table does not merge into it) and the signature
/// block is whole, on one page.
/// </summary>
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

        var ours = PageRaster.Of(pdf, 2).LongVerticalRules();
        var theirs = PageRaster.Of(office, 2).LongVerticalRules();

        output.WriteLine($"{name}: page 2 long vertical rules — ours {ours}, LibreOffice {theirs}");
        var columns = ColumnCount(FixtureCorpus.Get(name).Document);
        Assert.Equal(columns + 1, ours);
        Assert.Equal(ours, theirs);
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
    public void Our_PDF_never_leaves_the_signature_block_without_the_end_of_the_table(string name)
    {
        var document = FixtureCorpus.Get(name).Document;
        var (_, pdf) = CorpusRendering.Of(name);
        var pages = PrintedText.PagesOf(pdf);
        var page = LastPageWith(pages, document.Signatories[0].Position);

        var lastItem = document.Sections[^1].Items[^1];
        var words = new[] { lastItem.Measure, lastItem.Execution ?? string.Empty, lastItem.Deadline, string.Join(" ", lastItem.Responsible) }
            .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 5).ToList();

        Assert.True(page >= 0);
        Assert.Contains(words, w => pages[page].Count(w) > 0);
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
