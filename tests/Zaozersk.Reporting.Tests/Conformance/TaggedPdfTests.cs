using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Tests.Interop;
using Zaozersk.Reporting.Tests.Pdf;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>
/// The structure tree of the default PDF, read back by poppler: it holds every word of the page
/// bodies in reading order and nothing of the page furniture; tables, lists and links have their
/// standard structure; <see cref="PdfConformance.None"/> gives the plain, untagged file.
/// </summary>
public sealed partial class TaggedPdfTests
{
    private static readonly Lazy<StructureElement> SeedTree = new(() => StructureTree.Of(Document("seed-report"))!);

    private static byte[] Document(string name) => ConformanceDocuments.All.Single(d => d.Name == name).Pdf;

    [Fact]
    public void The_catalog_declares_a_tagged_archival_document_in_Russian()
    {
        var pdf = Encoding.Latin1.GetString(Document("seed-report"));

        Assert.Contains("/Lang(ru-RU)", pdf, StringComparison.Ordinal);
        Assert.Contains("/MarkInfo<</Marked true>>", pdf, StringComparison.Ordinal);
        Assert.Contains("/StructTreeRoot", pdf, StringComparison.Ordinal);
        Assert.Contains("/DisplayDocTitle true", pdf, StringComparison.Ordinal);
        Assert.Contains("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1", pdf, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("/Group", pdf, StringComparison.Ordinal);

        // Every link annotation is printable (PDF/A) and tied to its Link element.
        var links = LinkAnnotation().Matches(pdf);
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            Assert.Contains("/F 4", link.Value, StringComparison.Ordinal);
            Assert.Contains("/StructParent ", link.Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void Every_body_word_is_in_the_structure_tree_in_reading_order_and_no_furniture_is()
    {
        foreach (var (name, pdf) in ConformanceDocuments.All)
        {
            var tree = StructureTree.Of(pdf);

            Assert.True(tree is { Type: "Document" }, $"{name}: no structure tree");
            var body = NoSpaces(BodyText(pdf));

            // The same characters: nothing of the bodies is missing, nothing of the furniture is added.
            var text = NoSpaces(tree.Text);
            var missing = body.GroupBy(c => c).Select(g => (g.Key, Count: g.Count() - text.Count(t => t == g.Key))).Where(d => d.Count != 0).ToList();
            var extra = text.GroupBy(c => c).Where(g => !body.Contains(g.Key, StringComparison.Ordinal)).Select(g => (g.Key, Count: -g.Count())).ToList();
            Assert.True(missing.Count + extra.Count == 0, $"{name}: the tree's text is not the page bodies' text; characters the tree lacks (or has too many of): {string.Join(", ", missing.Concat(extra).Select(d => $"U+{(int)d.Key:X4}×{d.Count}"))}");

            // In reading order: the document's parts, and each table's rows, start one after the
            // other in the content. (A row split across pages is one row whose cells run on past
            // their neighbours' starts, so rows are compared by the start of their first cells.)
            InOrder(name, body, tree.Children.Select(FirstText));
            InOrder(name, body, tree.Descendants().Where(e => e.Type == "TR").Select(row => string.Concat(row.Children.Take(2).Select(FirstText))));
        }
    }

    private static void InOrder(string name, string body, IEnumerable<string> starts)
    {
        // A row holding a table starts where that table's first row does: equal starts are in order.
        var at = 0;
        foreach (var start in starts.Where(t => t.Length > 0))
        {
            var found = body.IndexOf(start, at, StringComparison.Ordinal);
            Assert.True(found >= at, $"{name}: «{start}» is not where reading order puts it (after «{Around(body, at)}»)");
            at = found;
        }
    }

    /// <summary>The first run of text of an element or of its first descendant with text, without spaces.</summary>
    private static string FirstText(StructureElement element) =>
        NoSpaces(element.Texts.FirstOrDefault() ?? element.Descendants().SelectMany(d => d.Texts).FirstOrDefault() ?? string.Empty);

    [Fact]
    public void Each_measure_is_read_whole_with_its_words_apart()
    {
        var cells = SeedTree.Value.Descendants().Where(e => e.Type == "TD").Select(e => Normalize(e.Text)).ToList();
        var measures = SeedVariant.Seed.Sections.SelectMany(s => s.Items).Where(i => !i.Measure.Contains('\n', StringComparison.Ordinal) && !i.Measure.Contains("http", StringComparison.Ordinal)).ToList();

        Assert.True(measures.Count > 20);
        Assert.All(measures, m => Assert.Contains(Normalize(m.Measure), cells));
    }

    [Fact]
    public void The_table_is_Table_TR_TH_TD_with_header_scope_and_spans()
    {
        var elements = SeedTree.Value.Descendants().ToList();
        var table = Assert.Single(elements, e => e.Type == "Table");

        // The header rows (names and column numbers) in THead, the others in TBody.
        Assert.Equal(["THead", "TBody"], table.Children.Select(c => c.Type));
        var rows = table.Children.SelectMany(g => g.Children).ToList();
        Assert.All(rows, row => Assert.Equal("TR", row.Type));
        Assert.All(rows, row => Assert.All(row.Children, cell => Assert.True(cell.Type is "TH" or "TD", cell.Type)));
        var headers = table.Children[0].Children.SelectMany(r => r.Children).ToList();
        Assert.Equal(10, headers.Count);
        Assert.All(headers, cell => Assert.Equal("TH", cell.Type));
        Assert.All(headers, cell => Assert.Contains("/Scope /Column", cell.Attributes));
        Assert.Equal(["1", "2", "3", "4", "5"], table.Children[0].Children[1].Children.Select(c => c.Text));
        Assert.DoesNotContain(table.Children[1].Children.SelectMany(r => r.Children), cell => cell.Type == "TH");
        Assert.Contains(elements, e => e.Type == "TD" && e.Attributes.Contains("/ColSpan 5") && e.Text.StartsWith("1. ", StringComparison.Ordinal));

        // Cells stand only in rows, rows only in a table's head or body.
        Assert.All(elements.Where(e => e.Type is "TH" or "TD"), cell => Assert.Equal("TR", cell.Parent!.Type));
        Assert.All(elements.Where(e => e.Type == "TR"), row => Assert.True(row.Parent!.Type is "THead" or "TBody", row.Parent.Type));

        // The column numbers are read once, where they first stand, not again on each continuation page.
        Assert.Equal(1, elements.Count(e => e.Type == "TR" && e.Children.Select(c => c.Text).SequenceEqual(["1", "2", "3", "4", "5"])));
    }

    [Fact]
    public void Title_lists_and_links_have_their_structure()
    {
        var elements = SeedTree.Value.Descendants().ToList();

        var title = Assert.Single(elements, e => e.Type == "H1");
        Assert.StartsWith("ОТЧЕТ об исполнении Плана", title.Text, StringComparison.Ordinal);

        var items = elements.Where(e => e.Type == "LI").ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Type)));
        Assert.All(items, item => Assert.Equal("L", item.Parent!.Type));

        var links = elements.Where(e => e.Type == "Link").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("http", link.Text, StringComparison.Ordinal));
        Assert.All(links, link => Assert.True(link.Objects >= 1, $"the link «{link.Text}» has no annotation"));
    }

    [Fact]
    public void A_cell_split_across_pages_is_one_cell_with_content_on_both()
    {
        var pdf = Document("report-quarter-long-cells");
        var execution = Corpus.FixtureCorpus.Get("report-quarter-long-cells").Document.Sections[0].Items[0].Execution!;
        var paragraphs = execution.Split("\n\n");

        // A cell's marked content on a page after its first is referred to with that page (a marked-content reference).
        Assert.Matches(SplitCell(), Encoding.Latin1.GetString(pdf));
        var cells = StructureTree.Of(pdf)!.Descendants().Where(e => e.Type == "TD").Select(e => NoSpaces(e.Text)).ToList();
        var cell = Assert.Single(cells, c => c.Contains(NoSpaces(paragraphs[0]), StringComparison.Ordinal));
        Assert.Contains(NoSpaces(paragraphs[^1]), cell, StringComparison.Ordinal);
        Assert.Equal(NoSpaces(string.Concat(paragraphs)), cell);
    }

    [Fact]
    public void Plain_conformance_gives_the_untagged_PDF_without_archival_objects()
    {
        var plain = ConformanceDocuments.Render(SeedVariant.Seed, PdfConformance.None);
        var text = Encoding.Latin1.GetString(plain);

        Assert.Null(StructureTree.Of(plain));
        Assert.DoesNotContain("/StructTreeRoot", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/OutputIntents", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pdfaid", text, StringComparison.Ordinal);
        var file = WriteTemp(plain);
        try
        {
            Assert.DoesNotContain("BDC", ExternalTools.Run("qpdf", ["--qdf", "--object-streams=disable", file, "-"]).Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Equal(PdfText.Of(Document("seed-report")), PdfText.Of(plain));
    }

    /// <summary>
    /// The page text (poppler, content order) without the page furniture our templates print:
    /// the page number (drawn after the body, so last) and the repeated row of column numbers
    /// that opens a continuation page.
    /// </summary>
    private static string BodyText(byte[] pdf)
    {
        var pages = ExternalTools.PdfText(pdf).Split('\f');
        var body = new StringBuilder();
        for (var p = 0; p < pages.Length; p++)
        {
            var lines = pages[p].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (p > 0 && lines.Count > 0 && lines[^1] == (p + 1).ToString(CultureInfo.InvariantCulture))
            {
                lines.RemoveAt(lines.Count - 1);
            }

            if (p > 0 && lines.Count > 0 && ColumnNumbers().IsMatch(lines[0]))
            {
                lines.RemoveAt(0);
            }

            body.AppendJoin('\n', lines).Append('\n');
        }

        return body.ToString();
    }

    private static string WriteTemp(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, pdf);
        return file;
    }

    private static string NoSpaces(string text) => Whitespace().Replace(text, string.Empty);

    private static string Normalize(string text) => Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    private static string Around(string text, int at) => text[Math.Max(0, at - 30)..Math.Min(text.Length, at + 30)];

    // Spaces, and the bidi controls poppler adds around right-to-left text when it extracts page text.
    [GeneratedRegex(@"[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^1 2 3 4( 5( 6( 7( 8)?)?)?)?$")]
    private static partial Regex ColumnNumbers();

    [GeneratedRegex(@"<</Type/Annot/Subtype/Link[^\n]*")]
    private static partial Regex LinkAnnotation();

    [GeneratedRegex(@"<</S/TD[^\n]*/Type/MCR")]
    private static partial Regex SplitCell();
}
