using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Docx;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Pdf;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Templating;

namespace Zaozersk.Reporting;

/// <summary>
/// Renders plans and reports to DOCX and PDF. Stateless and safe to use from many threads.
/// The same input and library version always give the same bytes.
/// </summary>
public sealed class DocumentRenderer
{
    private readonly RenderSettings _defaults;

    /// <summary>Creates a renderer.</summary>
    /// <param name="defaults">Template settings used when a call passes none; null for the built-ins.</param>
    public DocumentRenderer(RenderSettings? defaults = null) => _defaults = defaults ?? new RenderSettings();

    /// <summary>Renders <paramref name="document"/> into <paramref name="output"/>.</summary>
    /// <param name="document">The plan or report; it must have no validation errors.</param>
    /// <param name="format">DOCX or PDF.</param>
    /// <param name="output">A writable stream; nothing is written if rendering fails.</param>
    /// <param name="settings">Template choice; null for the built-in template of the document's kind.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <exception cref="InvalidInputException">The document has validation errors.</exception>
    /// <exception cref="TemplateException">The template failed, with its file, line and column.</exception>
    /// <exception cref="Markup.MarkupException">The template produced invalid markup.</exception>
    /// <exception cref="LayoutException">The PDF cannot be laid out (a character missing from the bundled fonts, an element larger than a page).</exception>
    public async Task RenderAsync(PlanDocument document, OutputFormat format, Stream output, RenderSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Render(document, format, settings ?? _defaults, cancellationToken);
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Renders into a file, atomically: the file appears complete or not at all (it is written
    /// beside the target under a temporary name, then moved over it).
    /// </summary>
    /// <param name="document">The plan or report; it must have no validation errors.</param>
    /// <param name="format">DOCX or PDF.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="settings">Template choice; null for the built-in template of the document's kind.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    public async Task RenderToFileAsync(PlanDocument document, OutputFormat format, string path, RenderSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = Render(document, format, settings ?? _defaults, cancellationToken);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Renders to bytes.</summary>
    internal static byte[] Render(PlanDocument document, OutputFormat format, RenderSettings? settings, CancellationToken cancellationToken)
    {
        var (source, template) = ResolveTemplate(settings);
        var model = DocumentComposer.Compose(document, template, source, cancellationToken: cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return format switch
        {
            OutputFormat.Docx => DocxWriter.Write(model),
            OutputFormat.Pdf => PdfDocumentWriter.Write(Paginator.Paginate(model, cancellationToken)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
        };
    }

    private static (TemplateSource Source, string? Name) ResolveTemplate(RenderSettings? settings)
    {
        var source = settings?.TemplateDirectory is { } directory ? TemplateSource.FromDirectory(directory) : TemplateSource.BuiltIn;
        var template = settings?.Template;
        if (template is not null && (template.Contains('/', StringComparison.Ordinal) || template.Contains('\\', StringComparison.Ordinal) || File.Exists(template)))
        {
            var full = Path.GetFullPath(template);
            if (!File.Exists(full))
            {
                throw new FileNotFoundException($"template file '{template}' does not exist", template);
            }

            return (TemplateSource.FromDirectory(Path.GetDirectoryName(full)!), Path.GetFileNameWithoutExtension(full));
        }

        return (source, template);
    }
}
