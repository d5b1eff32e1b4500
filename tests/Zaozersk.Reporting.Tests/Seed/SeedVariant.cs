using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Pdf;

namespace Zaozersk.Reporting.Tests.Seed;

/// <summary>The seed report with one change, and its PDF: real data with one hostile value.</summary>
internal static class SeedVariant
{
    public static readonly PlanDocument Seed = TestData.Seed;

    public static PlanDocument WithSection(int index, Func<PlanSection, PlanSection> change)
    {
        var sections = Seed.Sections.ToArray();
        sections[index] = change(sections[index]);
        return Seed with { Sections = sections };
    }

    public static PlanDocument WithItem(int section, int item, Func<PlanItem, PlanItem> change) =>
        WithSection(section, s =>
        {
            var items = s.Items.ToArray();
            items[item] = change(items[item]);
            return s with { Items = items };
        });

    /// <summary>The PDF the library makes of <paramref name="document"/> (validation included).</summary>
    public static byte[] Pdf(PlanDocument document) => PdfDocumentWriter.Write(Layout(document)).ToArray();

    public static LaidOutDocument Layout(PlanDocument document) => Paginator.Paginate(DocumentComposer.Compose(document));
}
