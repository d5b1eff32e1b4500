using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// Whitespace in the markup: the line breaks and indentation a template is laid out with are not
/// text. They are marked as soft spaces while a paragraph is read, and settled once it is complete.
/// </summary>
internal static class MarkupWhitespace
{
    /// <summary>Stands in for template-formatting whitespace until a paragraph is complete (data never holds U+0001).</summary>
    private const char SoftSpace = '\u0001';

    /// <summary>A line break in the markup with the indentation around it is template layout, not text.</summary>
    public static string Mark(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var j = i;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r')
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n')
            {
                while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\n')
                {
                    j++;
                }

                result.Append(SoftSpace);
                i = j;
                continue;
            }

            result.Append(text, i, Math.Max(1, j - i));
            i = Math.Max(i + 1, j);
        }

        return result.ToString();
    }

    /// <summary>
    /// Soft spaces vanish at the start and end of the paragraph and beside line breaks; elsewhere
    /// they become one space, as a reader of the template would expect.
    /// </summary>
    public static Inline[] Settle(List<Inline> inlines)
    {
        var settled = new List<Inline>(inlines.Count);
        for (var i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not TextRun run || !run.Text.Contains(SoftSpace, StringComparison.Ordinal))
            {
                settled.Add(inlines[i] is Hyperlink link ? link with { Inlines = Settle([.. link.Inlines]) } : inlines[i]);
                continue;
            }

            var text = run.Text;
            if (i == 0 || inlines[i - 1] is LineBreak)
            {
                text = text.TrimStart(SoftSpace);
            }

            if (i == inlines.Count - 1 || inlines[i + 1] is LineBreak)
            {
                text = text.TrimEnd(SoftSpace);
            }

            text = CollapseSoftSpaces(text);
            if (text.Length > 0)
            {
                settled.Add(run with { Text = text });
            }
        }

        return [.. settled];
    }

    private static string CollapseSoftSpaces(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == SoftSpace)
            {
                if (result.Length == 0 || result[^1] != ' ')
                {
                    result.Append(' ');
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
