using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// A script object whose missing members are errors. Scriban's strict mode covers variables only;
/// a misspelt property (<c>document.organization</c>) would otherwise print nothing.
/// </summary>
internal sealed class StrictScriptObject : ScriptObject
{
    /// <summary>Creates an empty object. A derived ScriptObject would otherwise import its own static members by reflection on every construction.</summary>
    public StrictScriptObject()
        : base(capacity: 12, autoImportStaticsFromThisType: false)
    {
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            return true;
        }

        var known = string.Join(", ", Keys.Order(StringComparer.Ordinal).Select(k => $"'{k}'"));
        var nearest = NameSuggester.Nearest(member, Keys);
        throw new TemplateFault(span, nearest is null
            ? Localized.Text($"'{member}' is not a property here; there are: {known}", $"'{member}' — здесь нет такого свойства; есть: {known}")
            : Localized.Text($"'{member}' is not a property here; did you mean '{nearest}'?", $"'{member}' — здесь нет такого свойства; может быть, '{nearest}'?"));
    }
}
