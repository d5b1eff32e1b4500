using System.Globalization;
using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// The page loop: each page section's body is drawn page after page until it is complete; then
/// headers and footers are laid out per page, when the page count is known. Body text that shows
/// the page count needs that count while it is laid out, so such documents are paginated twice.
/// </summary>
internal static class Paginator
{
    public static LaidOutDocument Paginate(Document document, CancellationToken cancellationToken = default)
    {
        var bodies = Run(document, pageCount: null, cancellationToken);
        if (UsesPageCountInBody(document))
        {
            bodies = Run(document, bodies.Count, cancellationToken);
        }

        var pages = new List<LaidOutPage>(bodies.Count);
        for (var p = 0; p < bodies.Count; p++)
        {
            pages.Add(WithHeaderAndFooter(document, bodies[p], p + 1, bodies.Count));
        }

        return new LaidOutDocument(pages, document.Info);
    }

    private static List<(PageSection Section, bool FirstOfSection, LaidOutPage Page)> Run(Document document, int? pageCount, CancellationToken cancellationToken)
    {
        var pages = new List<(PageSection, bool, LaidOutPage)>();
        var fields = new FieldContext { PageCount = pageCount };
        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            var page = section.Page;
            var bodyHeight = (page.PageHeight - page.MarginTop - page.MarginBottom).Points;
            var builder = new ElementBuilder(document.Styles, fields) { CurrentWidth = page.ContentWidth };
            var body = builder.Stack(section.Blocks, $"page section {Number(s)}");
            var first = true;
            while (!body.IsComplete || first)
            {
                cancellationToken.ThrowIfCancellationRequested();
                fields.PageNumber = pages.Count + 1;
                var canvas = new PageCanvas(fields.PageNumber, pageCount);
                var plan = body.Measure(page.ContentWidth.Points, bodyHeight, firstOnPage: true);
                if (plan.Kind == SpaceKind.Wrap)
                {
                    throw new LayoutException($"page section {Number(s)}, page {Number(pages.Count)}",
                        "an element is taller than a whole page and cannot be split (a line or an unsplittable row larger than the page body)");
                }

                body.Draw(canvas, page.MarginLeft.Points, page.MarginTop.Points, page.ContentWidth.Points, bodyHeight, firstOnPage: true);
                pages.Add((section, first, new LaidOutPage(page.PageWidth.Points, page.PageHeight.Points, canvas.Items)));
                first = false;
                if (plan.Kind == SpaceKind.Empty)
                {
                    break;
                }
            }
        }

        return pages;
    }

    private static LaidOutPage WithHeaderAndFooter(Document document, (PageSection Section, bool FirstOfSection, LaidOutPage Page) body, int pageNumber, int pageCount)
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
            var element = builder.Stack(header.Blocks, $"header of page {Number(pageNumber - 1)}");
            var room = Math.Max(1, setup.MarginTop.Points - setup.HeaderDistance.Points);
            element.Draw(canvas, setup.MarginLeft.Points, setup.HeaderDistance.Points, width, Math.Max(room, element.Measure(width, setup.PageHeight.Points, firstOnPage: true).Height), firstOnPage: true);
        }

        if (footer is not null)
        {
            var element = builder.Stack(footer.Blocks, $"footer of page {Number(pageNumber - 1)}");
            var height = element.Measure(width, setup.PageHeight.Points, firstOnPage: true).Height;
            element.Draw(canvas, setup.MarginLeft.Points, setup.PageHeight.Points - setup.FooterDistance.Points - height, width, height, firstOnPage: true);
        }

        return page with { Items = [.. page.Items, .. canvas.Items] };
    }

    private static bool UsesPageCountInBody(Document document) =>
        document.Sections.Any(s => s.Blocks.Any(HasPageCount));

    private static bool HasPageCount(Block block) => block switch
    {
        Paragraph p => p.Inlines.Any(i => i is Field { Kind: FieldKind.PageCount } || (i is Hyperlink h && h.Inlines.Any(x => x is Field { Kind: FieldKind.PageCount }))),
        BulletList l => l.Items.Any(i => i.Blocks.Any(HasPageCount)),
        Table t => t.Rows.Any(r => r.Cells.Any(c => c.Blocks.Any(HasPageCount))),
        _ => false,
    };

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
