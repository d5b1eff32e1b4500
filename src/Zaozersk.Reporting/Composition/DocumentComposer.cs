using System.Runtime.CompilerServices;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Validation;
using Zaozersk.Reporting.Templating;

namespace Zaozersk.Reporting.Composition;

/// <summary>
/// Model → template → markup → document model: the first half of every render, shared by the
/// DOCX and PDF writers so that both show the same document.
/// </summary>
internal static class DocumentComposer
{
    /// <summary>The built-in template for a document's kind.</summary>
    public static string DefaultTemplateFor(PlanDocument document) => document.Kind == DocumentKind.Report ? "report" : "plan";

    /// <summary>Validates, renders the template and reads its markup.</summary>
    /// <exception cref="InvalidInputException">The input has validation errors.</exception>
    /// <exception cref="TemplateException">The template failed.</exception>
    /// <exception cref="MarkupException">The template produced invalid markup.</exception>
    /// <remarks>Compiled optimised at once, so this frame does not keep the input alive while its markup is read.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Document Compose(PlanDocument document, string? templateName = null, TemplateSource? source = null, TemplateLimits? limits = null, bool repeatFullHeader = false, MarkupLimits? markupLimits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var diagnostics = PlanValidator.Validate(document);
        if (diagnostics.Any(d => d.IsError))
        {
            throw new InvalidInputException(diagnostics);
        }

        templateName ??= DefaultTemplateFor(document);
        var markup = TemplateRenderer.Render(document, templateName, source ?? TemplateSource.BuiltIn, limits, repeatFullHeader, cancellationToken);
        return MarkupReader.Read(markup, templateName.EndsWith(".sbn", StringComparison.Ordinal) ? templateName : templateName + ".sbn", markupLimits);
    }
}
