using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Templating;

/// <summary>Resolves <c>include "name"</c> through a <see cref="TemplateSource"/>; a missing template is an error, not empty output.</summary>
internal sealed class TemplateLoader(TemplateSource source) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var found = source.Find(templateName) ?? throw NotFound(callerSpan, templateName, source.Directory is not null);

        // Hand Scriban the template parsed once per process, so a render does not parse its partials again.
        context.CachedTemplates[found.FileName] = TemplateRenderer.Parse(found.FileName, found.Text);
        return found.FileName;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var text = source.Find(templatePath)?.Text ?? throw NotFound(callerSpan, templatePath, inFolder: false);

        // Scriban reports a syntax error in an included template at the include statement; check
        // it here first so the error names the included file and its own line and column.
        TemplateRenderer.Parse(templatePath, text);
        return text;
    }

    private static TemplateFault NotFound(SourceSpan span, string name, bool inFolder)
    {
        var quoted = QuotedText.Quote(name);
        return new TemplateFault(span, inFolder
            ? Localized.Text($"include: no template named {quoted} in the template folder or the built-ins", $"'include': шаблона с именем {quoted} нет ни в папке шаблонов, ни среди встроенных")
            : Localized.Text($"include: no template named {quoted}", $"'include': шаблона с именем {quoted} нет"));
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
