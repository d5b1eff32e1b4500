namespace Zaozersk.Reporting.Model;

/// <summary>
/// How the input's texts are written: a blank line separates paragraphs, other line breaks stay
/// inside one, and a line starting with «- » or «• » is a list item. The templates' markup and
/// the validator both read texts this way.
/// </summary>
internal static class TextConvention
{
    /// <summary>How many paragraphs, lists, tables and page breaks a document may hold unless the block limit is raised.</summary>
    public const int DefaultMaxBlocks = 250_000;

    /// <summary>The text's paragraphs, each as its non-blank lines.</summary>
    public static List<List<string>> Paragraphs(string text)
    {
        var groups = new List<List<string>> { new() };
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (groups[^1].Count > 0)
                {
                    groups.Add([]);
                }

                continue;
            }

            groups[^1].Add(line);
        }

        return groups.Where(g => g.Count > 0).ToList();
    }

    /// <summary>The list marker a line starts with («-» or «•», followed by a space and text), or null.</summary>
    public static string? ListMarker(string line) =>
        line.Length > 2 && line[1] == ' ' && line[0] is '-' or '•' ? line[..1] : null;

    /// <summary>
    /// The most paragraphs and lists a text of <paramref name="length"/> characters can make: each
    /// takes at least two characters with its line break (a list's first item, three for two).
    /// </summary>
    public static int MostBlocks(int length) => (length / 2) + 1;

    /// <summary>How many paragraphs and lists the text makes (each list item is a paragraph of its own).</summary>
    public static int BlockCount(string? text)
    {
        var count = 0;
        foreach (var group in string.IsNullOrEmpty(text) ? [] : Paragraphs(text))
        {
            var inParagraph = false;
            string? openList = null;
            foreach (var line in group)
            {
                var marker = ListMarker(line);
                if (marker is null)
                {
                    openList = null;
                    count += inParagraph ? 0 : 1;
                    inParagraph = true;
                    continue;
                }

                // A list item ends the paragraph before it; a new marker opens a new list.
                inParagraph = false;
                count += openList == marker ? 1 : 2;
                openList = marker;
            }
        }

        return count;
    }
}
