using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Templating;

namespace Zaozersk.Reporting.Composition;

/// <summary>
/// Everything one render needs to know besides its input, resolved once at the public entry point
/// from the renderer's options and the call's settings, then passed down whole: the template run,
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

    /// <summary>See <see cref="ReportingOptions.CollectMemoryBetweenPhases"/>.</summary>
    public bool CollectMemoryBetweenPhases { get; init; }

    /// <summary>The built-in template for a document's kind; decided here only.</summary>
    public static string DefaultTemplateFor(PlanDocument document) => document.Kind == DocumentKind.Report ? "report" : "plan";

    /// <summary>The default request for <paramref name="document"/>: its kind's template from <paramref name="source"/> (the built-ins by default), default limits.</summary>
    public static RenderRequest For(PlanDocument document, TemplateSource? source = null) =>
        new() { Template = new TemplateRun(DefaultTemplateFor(document), source ?? TemplateSource.BuiltIn) };

    /// <summary>
    /// The request for one call: the call's <paramref name="settings"/> first, then the renderer's
    /// <paramref name="template"/> (given at its construction) and <paramref name="options"/>, then the
    /// built-in template for the document's kind.
    /// </summary>
    /// <param name="document">The input; its kind picks the built-in template when none is named.</param>
    /// <param name="options">The renderer's options.</param>
    /// <param name="settings">The call's settings, or null.</param>
    /// <param name="template">The renderer's default template, or null.</param>
    /// <param name="warnSkipped">Hears of files in a template folder that look like templates but are skipped.</param>
    /// <exception cref="FileNotFoundException">A template named by its path is a folder or does not exist.</exception>
    public static RenderRequest Resolve(PlanDocument document, ReportingOptions options, RenderSettings? settings, string? template, Action<string> warnSkipped)
    {
        var directory = settings?.TemplateDirectory ?? options.TemplateDirectory;
        var source = directory is not null ? TemplateSource.FromDirectory(directory, warnSkipped) : TemplateSource.BuiltIn;
        var name = settings?.Template ?? template;
        if (name is not null && (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || TemplateSource.HasExtension(name)))
        {
            // A path to a template file: its folder serves its includes, before the built-ins.
            var full = Path.GetFullPath(name);
            if (Directory.Exists(full))
            {
                throw new FileNotFoundException(Localized.Text(
                    $"template '{name}' is a folder; name a .sbn file, or make the folder the template folder (TemplateDirectory; --templates in the sample host) to override the built-ins by name",
                    $"шаблон '{name}' — это папка; укажите файл '.sbn' или сделайте эту папку папкой шаблонов ('TemplateDirectory'; --templates в программе-примере), чтобы заменить встроенные шаблоны по имени"), name);
            }

            if (!File.Exists(full))
            {
                throw new FileNotFoundException(Localized.Text($"template file '{name}' does not exist", $"файла шаблона '{name}' не существует"), name);
            }

            source = TemplateSource.FromDirectory(Path.GetDirectoryName(full)!, warnSkipped);
            name = Path.GetFileNameWithoutExtension(full);
        }

        return new RenderRequest
        {
            Template = new TemplateRun(name ?? DefaultTemplateFor(document), source)
            {
                Limits = TemplateLimits.Default with { Timeout = options.TemplateTimeout, OutputCharacters = options.MaxTemplateOutputCharacters },
                RepeatFullHeader = settings?.RepeatFullHeader ?? options.RepeatFullHeader,
            },
            MarkupLimits = new MarkupLimits { MaxDepth = options.MaxMarkupDepth, MaxBlocks = options.MaxBlocks },
            PdfConformance = settings?.PdfConformance ?? options.PdfConformance,
            CollectMemoryBetweenPhases = options.CollectMemoryBetweenPhases,
        };
    }
}
