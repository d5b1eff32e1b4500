using System.Globalization;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// The page loop: each page section's body is drawn page after page until it is complete, and
/// each page gets its header and footer as soon as its body is done. Pages are produced one at a
/// time, so a writer can write and release each before the next is laid out: memory does not grow
/// with the document. Only a document that shows the page count needs the count before its first
/// page; it is laid out twice, and the first pass keeps nothing but the number of pages.
/// </summary>
internal static class Paginator
{
    /// <summary>All pages at once, for callers that look at the whole layout (tests, benchmarks).</summary>
    public static LaidOutDocument Paginate(Document document, CancellationToken cancellationToken = default) =>
        new([.. Pages(document, cancellationToken)], document.Info);

    /// <summary>The pages in order, each laid out when the enumeration reaches it.</summary>
    public static IEnumerable<LaidOutPage> Pages(Document document, CancellationToken cancellationToken = default) =>
        Pages(() => document, cancellationToken);

    /// <summary>
    /// The pages of the document <paramref name="handOver"/> gives when the enumeration starts:
    /// once the last page is out, nothing here holds the document model any more, so an owner that
    /// hands over its last reference lets the model be collected while the writer saves (a
    /// 20,000-measure document's model is about 63 MB).
    /// </summary>
    public static IEnumerable<LaidOutPage> Pages(Func<Document> handOver, CancellationToken cancellationToken = default)
    {
        var document = handOver();

        // The body is laid out with a stand-in count unless the body itself shows the count: a
        // count in a header or footer only does not change where the body's pages break.
        var bodyShowsCount = document.Sections.Any(s => s.Blocks.Any(HasPageCount));
        int? pageCount = bodyShowsCount || document.Sections.Any(HeaderOrFooterShowsCount)
            ? Bodies(document, pageCount: null, cancellationToken).Count()
            : null;
        var pageNumber = 0;
        foreach (var body in Bodies(document, bodyShowsCount ? pageCount : null, cancellationToken))
        {
            pageNumber++;
            yield return WithHeaderAndFooter(document, body, pageNumber, pageCount);
        }

        // The enumeration's own copy of the reference, which would outlive the last page.
        document = null;
    }

    private static IEnumerable<(PageSection Section, bool FirstOfSection, LaidOutPage Page)> Bodies(Document document, int? pageCount, CancellationToken cancellationToken)
    {
        var fields = new FieldContext { PageCount = pageCount };
        var pagesSoFar = 0;

        // The root of the document's structure: the bodies' parts hang from it, headers and footers do not.
        var root = new StructureNode(StructureRole.Document, null);
        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            var page = section.Page;
            var bodyHeight = (page.PageHeight - page.MarginTop - page.MarginBottom).Points;
            var builder = new ElementBuilder(document.Styles, fields) { CurrentWidth = page.ContentWidth, Structure = root, PageBodyHeight = bodyHeight };
            var body = builder.Stack(section.Blocks, Localized.Text($"page section {Number(s)}", $"раздел документа {Number(s)}"));
            var first = true;
            while (!body.IsComplete || first)
            {
                cancellationToken.ThrowIfCancellationRequested();
                fields.PageNumber = pagesSoFar + 1;
                var canvas = new PageCanvas(fields.PageNumber, pageCount);
                var plan = body.Measure(page.ContentWidth.Points, bodyHeight, firstOnPage: true);
                if (plan.Kind == SpaceKind.Wrap)
                {
                    throw new LayoutException(
                        Localized.Text($"page section {Number(s)}, page {Number(pagesSoFar)}", $"раздел документа {Number(s)}, страница {Number(pagesSoFar)}"),
                        Localized.Text(
                            "an element is taller than a whole page and cannot be split (a line or an unsplittable row larger than the page body)",
                            "элемент выше целой страницы и не может быть разделен (строка текста или неразрывная строка таблицы больше области текста страницы)"));
                }

                body.Draw(canvas, page.MarginLeft.Points, page.MarginTop.Points, page.ContentWidth.Points, bodyHeight, firstOnPage: true);
                pagesSoFar++;
                yield return (section, first, new LaidOutPage(page.PageWidth.Points, page.PageHeight.Points, canvas.Items));
                first = false;
                if (plan.Kind == SpaceKind.Empty)
                {
                    break;
                }
            }
        }
    }

    /// <summary>The page with its header and footer; <paramref name="pageCount"/> is null when nothing shows it.</summary>
    private static LaidOutPage WithHeaderAndFooter(Document document, (PageSection Section, bool FirstOfSection, LaidOutPage Page) body, int pageNumber, int? pageCount)
    {
        var (section, firstOfSection, page) = body;
        var setup = section.Page;
        var header = firstOfSection && section.DifferentFirstPage ? section.FirstHeader : section.Header;
        var footer = firstOfSection && section.DifferentFirstPage ? section.FirstFooter : section.Footer;
        if (header is null && footer is null)
        {
            return page;
        }

        var fields = new FieldContext { PageNumber = pageNumber, PageCount = pageCount };
        var canvas = new PageCanvas(pageNumber, pageCount);
        var width = setup.ContentWidth.Points;
        var builder = new ElementBuilder(document.Styles, fields) { CurrentWidth = setup.ContentWidth };
        if (header is not null)
        {
            var element = builder.Stack(header.Blocks, Localized.Text($"header of page {Number(pageNumber - 1)}", $"верхний колонтитул страницы {Number(pageNumber - 1)}"));
            var room = Math.Max(1, setup.MarginTop.Points - setup.HeaderDistance.Points);
            element.Draw(canvas, setup.MarginLeft.Points, setup.HeaderDistance.Points, width, Math.Max(room, element.Measure(width, setup.PageHeight.Points, firstOnPage: true).Height), firstOnPage: true);
        }

        if (footer is not null)
        {
            var element = builder.Stack(footer.Blocks, Localized.Text($"footer of page {Number(pageNumber - 1)}", $"нижний колонтитул страницы {Number(pageNumber - 1)}"));
            var height = element.Measure(width, setup.PageHeight.Points, firstOnPage: true).Height;
            element.Draw(canvas, setup.MarginLeft.Points, setup.PageHeight.Points - setup.FooterDistance.Points - height, width, height, firstOnPage: true);
        }

        return page with { Items = [.. page.Items, .. canvas.Items] };
    }

    private static bool HeaderOrFooterShowsCount(PageSection section) =>
        new[] { section.Header, section.Footer, section.FirstHeader, section.FirstFooter }.Any(h => h is not null && h.Blocks.Any(HasPageCount));

    private static bool HasPageCount(Block block) => block switch
    {
        Paragraph p => p.Inlines.Any(i => i is Field { Kind: FieldKind.PageCount } || (i is Hyperlink h && h.Inlines.Any(x => x is Field { Kind: FieldKind.PageCount }))),
        BulletList l => l.Items.Any(i => i.Blocks.Any(HasPageCount)),
        Table t => t.Rows.Any(r => r.Cells.Any(c => c.Blocks.Any(HasPageCount))),
        _ => false,
    };

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
