using System.Text;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// The plain-text convention of the input, as markup: a blank line separates paragraphs, other
/// line breaks stay line breaks, a line starting with «- » or «• » is a list item (its marker
/// becomes the bullet, so the text reads as typed), and http(s) addresses become links. Running
/// text gets the official no-break ties (<see cref="OfficialFormats.Ties"/>); addresses do not.
/// </summary>
internal static partial class TextMarkup
{
    /// <summary>A builder grown past this many characters by one very long text is not kept.</summary>
    private const int MaxKeptBuilderCapacity = 16_384;

    [ThreadStatic]
    private static StringBuilder? t_markup;

    /// <summary>Block markup (<c>&lt;p&gt;</c> and <c>&lt;list&gt;</c>) for <paramref name="text"/>; empty for null or blank text.</summary>
    /// <param name="text">Plain text from the input.</param>
    /// <param name="style">Paragraph style for every paragraph, or null.</param>
    public static string Blocks(string? text, string? style)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var styleAttribute = style is null ? string.Empty : $" style=\"{MarkupEscaper.Escape(style)}\"";

        // One builder a thread, reused by every cell: a report calls this for each of its texts.
        var markup = t_markup ?? new StringBuilder(1_024);
        t_markup = null;
        markup.Clear();
        foreach (var group in TextConvention.Paragraphs(text))
        {
            var lines = new List<string>();
            string? openList = null;
            foreach (var line in group)
            {
                var marker = TextConvention.ListMarker(line);
                if (marker is null)
                {
                    CloseList(markup, ref openList);
                    lines.Add(line);
                    continue;
                }

                FlushParagraph(markup, lines, styleAttribute);
                if (openList != marker)
                {
                    CloseList(markup, ref openList);
                    markup.Append("<list bullet=\"").Append(MarkupEscaper.Escape(marker)).Append("\">");
                    openList = marker;
                }

                markup.Append("<li><p").Append(styleAttribute).Append('>').Append(Inline(line[2..])).Append("</p></li>");
            }

            CloseList(markup, ref openList);
            FlushParagraph(markup, lines, styleAttribute);
        }

        var result = markup.ToString();
        if (markup.Capacity <= MaxKeptBuilderCapacity)
        {
            t_markup = markup;
        }

        return result;
    }

    /// <summary>Inline markup for one paragraph: escaped text, <c>&lt;br/&gt;</c> for line breaks, <c>&lt;a&gt;</c> for addresses.</summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.Contains("http", StringComparison.Ordinal))
        {
            return MarkupEscaper.Escape(OfficialFormats.Ties(text));
        }

        var markup = new StringBuilder();
        var last = 0;
        foreach (Match match in Address().Matches(text))
        {
            var address = match.Value.TrimEnd('.', ',', ';', ':', ')', '!', '?');
            if (!Uri.TryCreate(address, UriKind.Absolute, out _))
            {
                continue;
            }

            markup.Append(MarkupEscaper.Escape(OfficialFormats.Ties(text[last..match.Index])));
            var escaped = MarkupEscaper.Escape(address);
            markup.Append("<a href=\"").Append(escaped).Append("\">").Append(escaped).Append("</a>");
            last = match.Index + address.Length;
        }

        markup.Append(MarkupEscaper.Escape(OfficialFormats.Ties(text[last..])));
        return markup.ToString();
    }

    private static void FlushParagraph(StringBuilder markup, List<string> lines, string styleAttribute)
    {
        if (lines.Count == 0)
        {
            return;
        }

        markup.Append("<p").Append(styleAttribute).Append('>');
        markup.AppendJoin("<br/>", lines.Select(Inline));
        markup.Append("</p>");
        lines.Clear();
    }

    private static void CloseList(StringBuilder markup, ref string? openList)
    {
        if (openList is not null)
        {
            markup.Append("</list>");
            openList = null;
        }
    }

    [GeneratedRegex(@"https?://[^\s<>""«»]+", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
