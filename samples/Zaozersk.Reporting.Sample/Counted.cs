using System.Globalization;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample;

/// <summary>Numbers and counted nouns in the language in force: «1 000 мероприятий» / «1,000 measures».</summary>
internal static class Counted
{
    // Russian groups thousands with a space and writes a decimal comma.
    private static readonly NumberFormatInfo Russian = NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberGroupSeparator = " ", NumberDecimalSeparator = "," });

    /// <summary>A whole number with its thousands grouped: 1,000 or 1 000.</summary>
    public static string Number(long value) =>
        value.ToString("N0", CurrentLanguage.IsRussian ? Russian : CultureInfo.InvariantCulture);

    /// <summary>
    /// The number and the noun in the form it takes after it: «1 section», «2 sections»; in Russian
    /// the form for 1 (раздел), for 2–4 (раздела) or for 5 and more (разделов), as the last digits decide.
    /// </summary>
    public static string Noun(long count, string english, string englishPlural, string russianOne, string russianFew, string russianMany)
    {
        var number = Number(count);
        if (!CurrentLanguage.IsRussian)
        {
            return number + " " + (count == 1 ? english : englishPlural);
        }

        var lastTwo = Math.Abs(count) % 100;
        var last = lastTwo % 10;
        var noun = lastTwo is >= 11 and <= 14 ? russianMany
            : last == 1 ? russianOne
            : last is >= 2 and <= 4 ? russianFew
            : russianMany;
        return number + " " + noun;
    }

    /// <summary>
    /// The closing count of a check: «1 error(s), 2 warning(s)», «ошибок: 1, предупреждений: 2» (the
    /// Russian form needs no plural). The English counts stay ungrouped, as scripts reading them expect.
    /// </summary>
    public static string ErrorsAndWarnings(int errors, int warnings) => Localized.Text(
        string.Create(CultureInfo.InvariantCulture, $"{errors} error(s), {warnings} warning(s)"),
        $"ошибок: {Number(errors)}, предупреждений: {Number(warnings)}");
}
