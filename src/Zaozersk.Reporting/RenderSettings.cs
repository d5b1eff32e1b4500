namespace Zaozersk.Reporting;

/// <summary>Which template renders a document, and from where.</summary>
public sealed record RenderSettings
{
    /// <summary>
    /// A template name (<c>report</c>, <c>plan</c>, or a name in <see cref="TemplateDirectory"/>), or a
    /// path to a <c>.sbn</c> file (its folder then serves its includes, before the built-ins).
    /// Null picks the built-in template for the document's kind.
    /// </summary>
    public string? Template { get; init; }

    /// <summary>A folder of templates that override the built-ins by name, or null for the built-ins only.</summary>
    public string? TemplateDirectory { get; init; }

    /// <summary>
    /// Repeat the whole table header on continuation pages instead of only the row of column
    /// numbers (ГОСТ practice); null takes <see cref="ReportingOptions.RepeatFullHeader"/>.
    /// Templates read it as <c>options.repeat_full_header</c>.
    /// </summary>
    public bool? RepeatFullHeader { get; init; }

    /// <summary>What standard this call's PDF is written to; null takes <see cref="ReportingOptions.PdfConformance"/>.</summary>
    public PdfConformance? PdfConformance { get; init; }
}
