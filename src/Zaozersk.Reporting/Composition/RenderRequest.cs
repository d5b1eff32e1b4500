using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Templating;

namespace Zaozersk.Reporting.Composition;

/// <summary>
/// Everything one render needs to know besides its input, resolved once at the public entry point
/// (<c>DocumentRenderer</c>) from the renderer's options and the call's settings, then passed down whole: the template run,
/// the markup's limits, the PDF's conformance and whether memory is collected between phases.
/// </summary>
internal sealed record RenderRequest
{
    /// <summary>Which template runs, from where, within which limits.</summary>
    public required TemplateRun Template { get; init; }

    /// <summary>Bounds on the markup the template writes.</summary>
    public MarkupLimits MarkupLimits { get; init; } = MarkupLimits.Default;

    /// <summary>What standard a PDF is written to.</summary>
    public PdfConformance PdfConformance { get; init; }

    /// <summary>See <c>ReportingOptions.CollectMemoryBetweenPhases</c>.</summary>
    public bool CollectMemoryBetweenPhases { get; init; }

    /// <summary>The built-in template for a document's kind; decided here only.</summary>
    public static string DefaultTemplateFor(PlanDocument document) => document.Kind == DocumentKind.Report ? "report" : "plan";

    /// <summary>The default request for <paramref name="document"/>: its kind's template from <paramref name="source"/> (the built-ins by default), default limits.</summary>
    public static RenderRequest For(PlanDocument document, TemplateSource? source = null) =>
        new() { Template = new TemplateRun(DefaultTemplateFor(document), source ?? TemplateSource.BuiltIn) };
}
