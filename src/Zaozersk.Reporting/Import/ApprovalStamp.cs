using System.Globalization;
using System.Text.RegularExpressions;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Reads a гриф утверждения: «УТВЕРЖДЕН / УТВЕРЖДЁН / УТВЕРЖДЕНА / УТВЕРЖДЕНО …», the act, «от» a
/// date and «№» a number. Blanks («от ____ № ___», «от «__» ______ 20__ г.») stay blank. A person's
/// «УТВЕРЖДАЮ» is read by <see cref="PersonalApproval"/>.
/// </summary>
internal static partial class ApprovalStamp
{
    private static readonly string[] MonthsGenitive =
    [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ];

    /// <summary>Whether a paragraph opens an approval stamp.</summary>
    public static bool IsStart(string text) => Heading().IsMatch(text);

    /// <summary>Whether the stamp text so far has reached its number (the stamp's last part).</summary>
    public static bool IsComplete(string text) => text.Contains('№', StringComparison.Ordinal);

    /// <summary>
    /// Whether the stamp's lines so far are complete: an act's stamp at its number, a person's
    /// («УТВЕРЖДАЮ») at its date line.
    /// </summary>
    public static bool IsComplete(IReadOnlyList<string> lines) =>
        IsPersonal(lines[0]) ? PersonalApproval.IsDateLine(lines[^1]) && lines.Count > 1 : IsComplete(string.Join(' ', lines));

    /// <summary>Whether the stamp opens with «УТВЕРЖДАЮ»: a person approves, not an act.</summary>
    public static bool IsPersonal(string text) =>
        Heading().Match(text) is { Success: true } heading && heading.Groups["word"].Value.Equals(PersonalApproval.Word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The approval block in the stamp's lines; a line or value that fits no field is reported to <paramref name="log"/>.</summary>
    public static ApprovalBlock? Parse(IReadOnlyList<(string Text, string Place)> lines, ImportLog log) =>
        IsPersonal(lines[0].Text)
            ? PersonalApproval.Parse(lines, Heading().Match(lines[0].Text).Groups["word"].Value.ToUpperInvariant(), Heading().Match(lines[0].Text).Length, log)
            : Parse(string.Join(' ', lines.Select(l => l.Text)));

    /// <summary>A date line's date as ДД.ММ.ГГГГ, or null when it is a blank.</summary>
    internal static string? DateOf(string text) => Date(text);

    /// <summary>The approval block in <paramref name="text"/> (its paragraphs joined by spaces), or null when it has no heading.</summary>
    public static ApprovalBlock? Parse(string text)
    {
        var heading = Heading().Match(text);
        if (!heading.Success)
        {
            return null;
        }

        var rest = Spaces().Replace(text[heading.Length..], " ").Trim();
        var parts = Parts().Match(rest);
        return new ApprovalBlock
        {
            Heading = heading.Groups["word"].Value,
            Act = parts.Groups["act"].Value.Trim(),
            Date = parts.Groups["date"].Success ? Date(parts.Groups["date"].Value) : null,
            Number = parts.Groups["number"].Success ? Blankless(parts.Groups["number"].Value) : null,
        };
    }

    /// <summary>«27.04.2022», «7.4.2022 г.», «27 апреля 2022 г.» or «… года» → «27.04.2022»; a blank → null; anything else as written.</summary>
    private static string? Date(string text)
    {
        var value = Blankless(text);
        if (value is null)
        {
            return null;
        }

        var numeric = NumericDate().Match(value);
        if (numeric.Success)
        {
            return Format(numeric.Groups["day"].Value, numeric.Groups["month"].Value, numeric.Groups["year"].Value);
        }

        var spelled = SpelledDate().Match(value);
        if (spelled.Success)
        {
            var month = Array.IndexOf(MonthsGenitive, spelled.Groups["month"].Value.ToLowerInvariant()) + 1;
            if (month > 0)
            {
                return Format(spelled.Groups["day"].Value, month.ToString(CultureInfo.InvariantCulture), spelled.Groups["year"].Value);
            }
        }

        return value;
    }

    private static string Format(string day, string month, string year) =>
        string.Create(CultureInfo.InvariantCulture, $"{int.Parse(day, CultureInfo.InvariantCulture):00}.{int.Parse(month, CultureInfo.InvariantCulture):00}.{year}");

    /// <summary>The text without its blank marks; null when nothing but underscores, quotes and «20__ г.» is left.</summary>
    private static string? Blankless(string text)
    {
        var value = text.Trim();
        return Blank().IsMatch(value) ? null : value;
    }

    [GeneratedRegex(@"^\s*[«""„]?(?<word>УТВЕРЖД[ЕЁ]Н[АОЫ]?|УТВЕРЖДАЮ)[»""“]?(?![\p{L}])[\s:]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<act>.*?)(?:\s*\bот\s+(?<date>[^№]*?))?(?:\s*№\s*(?<number>.*?))?\s*$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Parts();

    [GeneratedRegex(@"^(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?:\s*(?:года|г\.?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^[«""]?(?<day>\d{1,2})[»""]?\s+(?<month>\p{L}+)\s+(?<year>\d{4})(?:\s*(?:года|г\.?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledDate();

    [GeneratedRegex(@"^[\s_«»"".]*(?:\p{L}*\s*_+[\s_«»""]*)?(?:20_*\s*г?\.?)?[\s_«»""]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Blank();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
