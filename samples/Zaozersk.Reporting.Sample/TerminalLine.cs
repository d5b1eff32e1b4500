using System.Globalization;
using System.Text;

namespace Zaozersk.Reporting.Sample;

/// <summary>
/// A line as the terminal may safely show it: control, formatting (bidi) and line-separating
/// characters written as <c>\uXXXX</c>. The library escapes what it quotes; this covers what the host
/// prints that nobody typed, such as the names of the files <c>batch</c> finds in a folder.
/// </summary>
internal static class TerminalLine
{
    /// <summary>The text with every character that could act on a terminal or reorder the line escaped.</summary>
    public static string Of(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var line = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                line.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                line.Append(c);
            }
        }

        return line.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
