using System.Text.RegularExpressions;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Tests.Localization;

/// <summary>
/// Finds words of the other language in a message. What is not prose is left out first: quoted values
/// (the user's own text, property names), JSON paths, codes, flags, file names, addresses and the
/// names of formats and programs, which read the same in both languages.
/// </summary>
internal static partial class MessageWords
{
    /// <summary>Names that are the same in a Russian and an English sentence.</summary>
    private static readonly HashSet<string> Shared = new(StringComparer.Ordinal)
    {
        "JSON", "DOCX", "PDF", "XML", "DTD", "UTF", "ZIP", "ODT", "HTML", "CSV", "PNG", "JPEG", "GIF", "URL", "URI", "HTTP", "HTTPS",
        "Word", "Microsoft", "LibreOffice", "Scriban", "NuGet", "NET", "Liberation", "Serif", "Times", "New", "Roman",
        "ГОСТ", "ДД", "ММ", "ГГГГ", "OpenXML", "Open", "Office", "XSD", "ICC", "BOM",
        "RTF", "Excel", "PowerPoint",

        // The approval word as ГОСТ Р 7.0.97 spells it, cited by the English message too.
        "УТВЕРЖДЕН",
    };

    /// <summary>Latin words outside quotes, paths and names: English left in a Russian message.</summary>
    public static IReadOnlyList<string> EnglishIn(string russianMessage) => WordsOf(russianMessage, LatinWord());

    /// <summary>Cyrillic words outside quotes: Russian left in an English message.</summary>
    public static IReadOnlyList<string> RussianIn(string englishMessage) => WordsOf(englishMessage, CyrillicWord());

    /// <summary>Runs <paramref name="action"/> with the library's messages in <paramref name="language"/>.</summary>
    public static T In<T>(MessageLanguage language, Func<T> action)
    {
        using var scope = CurrentLanguage.Use(language);
        return action();
    }

    private static List<string> WordsOf(string message, Regex words)
    {
        var prose = NotProse().Replace(message, " ");
        return words.Matches(prose).Select(m => m.Value).Where(w => !Shared.Contains(w)).ToList();
    }

    // Quoted text in any of the quotes messages use, $-paths, codes, --flags, file names with an
    // extension, addresses, \uXXXX escapes and hexadecimal numbers.
    [GeneratedRegex("""«[^»]*»|"[^"]*"|'[^']*'|“[^”]*”|„[^“”]*[“”]|`[^`]*`|\$[^\s,;)]*|\bZR\d{4}\b|--?[a-z][a-z-]*|\b[\w.-]+\.(sbn|json|docx|pdf|xml|xsd|odt|zip|rels|png|txt)\b|https?://\S+|\\u[0-9A-Fa-f]{4}|\bU\+[0-9A-Fa-f]{4,6}\b|\b0x[0-9A-Fa-f]+\b|\b[a-z]+(/[\w.-]+)+|\b\w+(\.\w+)*\(\d+,\d+\)""")]
    private static partial Regex NotProse();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\b[А-Яа-яЁё]{2,}\b")]
    private static partial Regex CyrillicWord();
}
