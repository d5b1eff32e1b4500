using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Tests.Conformance;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Templating;

namespace Zaozersk.Reporting.Tests.Layout;

/// <summary>
/// A user's report form whose rowspan block is taller than a page: the hand-written nine-month
/// report (Conformance/Documents) through its own portrait template, which prints a section's
/// shared responsible unit once, in a cell spanning the section's rows, and keeps those rows
/// from splitting (<c>split="false"</c>). Section II gets long execution texts, or many units.
/// </summary>
internal static class PortraitRowspanReport
{
    private const string Template = "report-portrait";

    /// <summary>An execution text of about half an A4 portrait page in the template's narrow column.</summary>
    public const string LongExecution =
        "В отчетном периоде проведена проверка достоверности и полноты сведений о доходах, расходах, об имуществе и обязательствах имущественного характера, представленных муниципальными служащими; "
        + "по итогам проверки подготовлены докладные записки, проведены беседы с муниципальными служащими, допустившими неточности при заполнении справок, "
        + "материалы рассмотрены на заседании комиссии по соблюдению требований к служебному поведению и урегулированию конфликта интересов.";

    /// <summary>The report with section II's measures changed by <paramref name="change"/> (given the measure's index).</summary>
    public static PlanDocument WithSectionTwo(Func<PlanItem, int, PlanItem> change)
    {
        var document = ConformanceDocuments.LoadHandWritten("report-nine-months-portrait");
        var sections = document.Sections.ToList();
        sections[1] = sections[1] with { Items = [.. sections[1].Items.Select(change)] };
        return document with { Sections = sections };
    }

    /// <summary>Section II's executions <paramref name="repeat"/> times <see cref="LongExecution"/>, each ending with its measure's number.</summary>
    public static PlanDocument LongTexts(int repeat) =>
        WithSectionTwo((item, _) => item with { Execution = string.Join(' ', Enumerable.Repeat(LongExecution, repeat)) + $" Пункт {item.Number} исполнен." });

    /// <summary>Section II's shared responsible cell made of <paramref name="units"/> numbered units.</summary>
    public static PlanDocument ManyUnits(int units) =>
        WithSectionTwo((item, _) => item with { Responsible = [.. Enumerable.Range(1, units).Select(u => $"Отдел номер{u}")] });

    /// <summary>The pages of <paramref name="document"/> through the portrait template.</summary>
    public static IReadOnlyList<LaidOutPage> Lay(PlanDocument document) =>
        Paginator.Paginate(DocumentComposer.Compose(document, Request(document))).Pages;

    /// <summary>
    /// The DOCX and PDF of <paramref name="document"/> through the portrait template, by the public
    /// API; with <paramref name="splitting"/>, through a copy whose rows all may split.
    /// </summary>
    public static (byte[] Docx, byte[] Pdf) Render(PlanDocument document, bool splitting = false)
    {
        using var folder = new TempFolder("zr-portrait-");
        var template = TemplatePath;
        if (splitting)
        {
            template = Path.Combine(folder, Template + ".sbn");
            var text = File.ReadAllText(TemplatePath);
            const string Kept = "<row{{ if shared && section.items.size > 1 }} split=\"false\"{{ end }}>";
            Assert.Contains(Kept, text, StringComparison.Ordinal);
            File.WriteAllText(template, text.Replace(Kept, "<row>", StringComparison.Ordinal));
        }

        var renderer = new DocumentRenderer();
        var settings = new RenderSettings { Template = template };
        using var docx = new MemoryStream();
        using var pdf = new MemoryStream();
        renderer.RenderAsync(document, OutputFormat.Docx, docx, settings).GetAwaiter().GetResult();
        renderer.RenderAsync(document, OutputFormat.Pdf, pdf, settings).GetAwaiter().GetResult();
        return (docx.ToArray(), pdf.ToArray());
    }

    private static string TemplatePath => RepositoryPaths.Combine("tests", "Zaozersk.Reporting.Tests", "Conformance", "Documents", Template + ".sbn");

    private static RenderRequest Request(PlanDocument document) =>
        RenderRequest.For(document) with { Template = new TemplateRun(Template, TemplateSource.FromDirectory(Path.GetDirectoryName(TemplatePath)!)) };
}
