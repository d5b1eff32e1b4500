using System.Text.RegularExpressions;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// A section row's text split into number and title: «1. Организационные мероприятия»,
/// «Раздел I. …», «I. …», «Раздел 2 …», «Раздел 3: …».
/// </summary>
internal static partial class SectionHeading
{
    /// <summary>The number (Arabic or Roman, without dot) and the title, or null when the text has no section number.</summary>
    public static (string Number, string Title)? Parse(string text)
    {
        var match = Heading().Match(text);
        return match.Success ? (match.Groups["number"].Value, match.Groups["title"].Value) : null;
    }

    /// <summary>
    /// A paragraph outside the table read as a section heading: a number of at most three digits (or a
    /// Roman one) and a title starting with a capital letter; «2021 – 2024 годы» or «3 квартал» are no heading.
    /// </summary>
    public static (string Number, string Title)? ParseParagraph(string text)
    {
        if (Parse(text) is not { } heading || heading.Number.Length > 3 || !char.IsUpper(heading.Title[0]) || text.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        return (heading.Number, heading.Title.Trim());
    }

    /// <summary>Whether <paramref name="number"/> is a section number by itself: «1», «1.», «IV», «Раздел 2».</summary>
    public static bool IsSectionNumber(string number) => SectionNumberOnly().IsMatch(number);

    [GeneratedRegex(@"^\s*(?:[Рр]аздел\s+)?(?<number>\d+|[IVXLC]+)(?:\s*[.:)]\s*|\s*[–—-]\s+|\s+)(?<title>\S[\s\S]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[Рр]аздел\s+)?(?:\d+|[IVXLC]+)\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumberOnly();
}
