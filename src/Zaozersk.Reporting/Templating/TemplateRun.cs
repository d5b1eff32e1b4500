namespace Zaozersk.Reporting.Templating;

/// <summary>
/// One template run, resolved: which template, from where, within which limits, and the options
/// the template reads. Made once per render (see <c>Composition.RenderRequest</c>) and passed whole,
/// so a repeated run (the trace of a markup error) is the same run.
/// </summary>
/// <param name="Name">The template's name, without its extension (<c>report</c>).</param>
/// <param name="Source">Where the template and its includes are found.</param>
internal sealed record TemplateRun(string Name, TemplateSource Source)
{
    /// <summary>Bounds on loops, recursion, output and time.</summary>
    public TemplateLimits Limits { get; init; } = TemplateLimits.Default;

    /// <summary>Read by templates as <c>options.repeat_full_header</c>.</summary>
    public bool RepeatFullHeader { get; init; }

    /// <summary>The template's file name, which errors and the markup's place name: <c>report.sbn</c>.</summary>
    public string FileName => TemplateSource.FileNameOf(Name);
}
