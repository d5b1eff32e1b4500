using Zaozersk.Reporting.Localization;


namespace Zaozersk.Reporting.Templating;

/// <summary>
/// The piece of a template's text around a place, quoted in an error whose kind the message can
/// only name generally: the author recognises the statement by its text.
/// </summary>
internal static class TemplateExcerpt
{
    /// <summary>Characters of the line shown, centred on the place when the line is longer.</summary>
    private const int Width = 60;

    /// <summary>The line holding the 0-based <paramref name="line"/> and <paramref name="column"/>, trimmed and cut to about 60 characters; null when empty or not in the text.</summary>
    public static string? At(string? text, int line, int column)
    {
        if (text is null || line < 0)
        {
            return null;
        }

        var start = 0;
        for (var l = 0; l < line; l++)
        {
            var next = text.IndexOf('\n', start);
            if (next < 0)
            {
                return null;
            }

            start = next + 1;
        }

        var end = text.IndexOf('\n', start);
        var whole = text[start..(end < 0 ? text.Length : end)].TrimEnd('\r');
        var indent = whole.Length - whole.TrimStart().Length;
        var content = whole.Trim();
        if (content.Length == 0)
        {
            return null;
        }

        if (content.Length <= Width)
        {
            return QuotedText.Shorten(content);
        }

        var from = Math.Clamp(column - indent - (Width / 2), 0, content.Length - Width);
        if (from > 0 && char.IsLowSurrogate(content[from]))
        {
            from--;
        }

        return (from > 0 ? "…" : string.Empty) + QuotedText.Shorten(content.Substring(from, Width)) + (from + Width < content.Length ? "…" : string.Empty);
    }
}
