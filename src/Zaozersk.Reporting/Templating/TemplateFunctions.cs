using Scriban.Runtime;
using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// The helpers templates may call. Only <c>text_blocks</c> and <c>text_inline</c> return markup
/// (built from escaped data); everything else returns plain text, which the output escapes.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>
    /// The helpers, built once. It is frozen, and renders push a fresh global above it for their
    /// own variables, so sharing it between threads is safe.
    /// </summary>
    public static ScriptObject Shared { get; } = Create();

    private static ScriptObject Create()
    {
        // The parameter names are part of the template language: a template may pass arguments by name (date text: "…").
        var functions = new ScriptObject();
        Add(functions, "text_blocks", HelperFunction.Of("text", "style", (text, style) => new MarkupString(TextMarkup.Blocks(text, style))));
        Add(functions, "text_inline", HelperFunction.Of("text", text => new MarkupString(TextMarkup.Inline(text))));
        Add(functions, "one_line", HelperFunction.Of("text", text => string.Join(' ', (text ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        Add(functions, "date", HelperFunction.Of("text", OfficialFormats.Date));
        Add(functions, "iso_date", HelperFunction.Of("text", OfficialFormats.IsoDate));
        Add(functions, "long_date", HelperFunction.Of("text", OfficialFormats.LongDate));
        Add(functions, "year_range", HelperFunction.Of("from", "to", OfficialFormats.YearRange));
        Add(functions, "number_sign", HelperFunction.Of("number", OfficialFormats.NumberSign));
        Add(functions, "no_break", HelperFunction.Of("text", OfficialFormats.NoBreak));
        Add(functions, "ties", HelperFunction.Of("text", OfficialFormats.Ties));
        Add(functions, "blank", HelperFunction.Of("count", count => new string('_', Math.Clamp(count, 1, 80))));
        Add(functions, "include", new MarkupIncludeFunction());
        functions.IsReadOnly = true;
        return functions;
    }

    private static void Add(ScriptObject functions, string name, IScriptCustomFunction function) =>
        functions.SetValue(name, function, readOnly: true);
}
