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

    /// <summary>Whether <paramref name="number"/> is a section number by itself: «1», «1.», «IV», «Раздел 2».</summary>
    public static bool IsSectionNumber(string number) => SectionNumberOnly().IsMatch(number);

    [GeneratedRegex(@"^\s*(?:[Рр]аздел\s+)?(?<number>\d+|[IVXLC]+)(?:\s*[.:)]\s*|\s*[–—-]\s+|\s+)(?<title>\S[\s\S]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[Рр]аздел\s+)?(?:\d+|[IVXLC]+)\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumberOnly();
}
