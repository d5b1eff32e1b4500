using Scriban.Runtime;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// The helpers templates may call. Only <c>text_blocks</c> and <c>text_inline</c> return markup
/// (built from escaped data); everything else returns plain text, which the output escapes.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>
    /// The helpers, built once: importing delegates costs reflection. It is frozen, and renders
    /// push a fresh global above it for their own variables, so sharing it between threads is safe.
    /// </summary>
    public static ScriptObject Shared { get; } = Create();

    private static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("text_blocks", new Func<string?, string?, MarkupString>((text, style) => new MarkupString(TextMarkup.Blocks(text, style))));
        functions.Import("text_inline", new Func<string?, MarkupString>(text => new MarkupString(TextMarkup.Inline(text))));
        functions.Import("one_line", new Func<string?, string>(text => string.Join(' ', (text ?? string.Empty).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        functions.Import("date", new Func<string?, string>(OfficialFormats.Date));
        functions.Import("iso_date", new Func<string?, string>(OfficialFormats.IsoDate));
        functions.Import("long_date", new Func<string?, string>(OfficialFormats.LongDate));
        functions.Import("year_range", new Func<int, int, string>(OfficialFormats.YearRange));
        functions.Import("number_sign", new Func<string?, string>(OfficialFormats.NumberSign));
        functions.Import("no_break", new Func<string?, string>(OfficialFormats.NoBreak));
        functions.Import("ties", new Func<string?, string>(OfficialFormats.Ties));
        functions.Import("blank", new Func<int, string>(count => new string('_', Math.Clamp(count, 1, 80))));
        functions.SetValue("include", new MarkupIncludeFunction(), readOnly: true);
        functions.IsReadOnly = true;
        return functions;
    }
}
