using System.Text;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Turns a cell's paragraphs into the input's plain-text convention: line breaks stay line breaks,
/// a blank line separates paragraphs, list paragraphs become lines starting with «- » (or «• » for a
/// «•» bullet), whether the bullet comes from Word numbering or was typed.
/// </summary>
/// <remarks>
/// A list item is joined to what precedes it by a single line break and a paragraph after a list by
/// a blank line: the document shows no difference between «a\n- b» and «a\n\n- b», and these are
/// the forms the official texts use.
/// </remarks>
internal static class PlainText
{
    /// <summary>Typed characters that stand for a bullet at the start of a paragraph (the last three also as a w:sym of Wingdings reads).</summary>
    private const string TypedBullets = "·▪◦●■\uF0B7\uF0A7\uF076\uF0D8\uF0FC❖➢✓";

    /// <summary>The text of <paramref name="paragraphs"/>, or an empty string when none has any.</summary>
    public static string Of(IEnumerable<WordParagraph> paragraphs)
    {
        var text = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            var line = Line(paragraph);
            if (line is null)
            {
                continue;
            }

            if (text.Length > 0)
            {
                // A numbered item joins what precedes it by one line break, as a bulleted one does.
                text.Append(IsListLine(line) || paragraph.IsNumbered ? "\n" : "\n\n");
            }

            text.Append(line);
        }

        return text.ToString();
    }

    /// <summary>One paragraph as text, its bullet as «- » or «• »; null for an empty paragraph.</summary>
    public static string? Line(WordParagraph paragraph)
    {
        if (paragraph.IsEmpty)
        {
            return null;
        }

        if (paragraph.IsNumbered)
        {
            // A number Word shows before the text keeps it, as typed numbers do.
            return Typography.Untie(paragraph.Shown);
        }

        var text = Typography.Untie(paragraph.Text);
        return paragraph.Label is { } bullet ? bullet + " " + StripTypedBullet(text) : NormaliseTypedBullet(text);
    }

    /// <summary>Whether a line is a list item in the convention.</summary>
    public static bool IsListLine(string line) => line.Length > 2 && line[1] == ' ' && line[0] is '-' or '•';

    /// <summary>A typed bullet («•», «·», «–» …) followed by a space or tab becomes the convention's marker.</summary>
    private static string NormaliseTypedBullet(string text)
    {
        if (text.Length < 3 || text[1] is not (' ' or '\t') || (text[0] is '-' or '•' && text[1] == ' '))
        {
            return text;
        }

        var marker = text[0] switch
        {
            '•' => "•",
            '-' or '–' or '—' => "-",
            var c when TypedBullets.Contains(c, StringComparison.Ordinal) => "-",
            _ => null,
        };
        return marker is null ? text : marker + " " + text[2..].TrimStart(' ', '\t');
    }

    /// <summary>Some producers type the bullet again after a numbering bullet; it is not part of the text.</summary>
    private static string StripTypedBullet(string text) =>
        text.Length > 2 && text[1] is ' ' or '\t' && (text[0] is '•' or '-' or '–' or '—' || TypedBullets.Contains(text[0], StringComparison.Ordinal))
            ? text[2..].TrimStart(' ', '\t')
            : text;
}
