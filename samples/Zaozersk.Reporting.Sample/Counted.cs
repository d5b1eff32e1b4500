using System.Globalization;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample;

/// <summary>Numbers and counted nouns in the language in force: «1 000 мероприятий» / «1,000 measures».</summary>
internal static class Counted
{
    /// <summary>A whole number with its thousands grouped: 1,000 or 1 000.</summary>
    public static string Number(long value) => MessageNumber.Count(value);

    /// <summary>
    /// The number and the noun in the form it takes after it: «1 section», «2 sections»; in Russian
    /// the form for 1 (раздел), for 2–4 (раздела) or for 5 and more (разделов), as the last digits decide.
    /// </summary>
    public static string Noun(long count, string english, string englishPlural, string russianOne, string russianFew, string russianMany) =>
        Number(count) + " " + (CurrentLanguage.IsRussian
            ? MessageNumber.RussianNoun(count, russianOne, russianFew, russianMany)
            : count == 1 ? english : englishPlural);

    /// <summary>
    /// The closing count of a check: «1 error(s), 2 warning(s)», «ошибок: 1, предупреждений: 2» (the
    /// Russian form needs no plural). The English counts stay ungrouped, as scripts reading them expect.
    /// </summary>
    public static string ErrorsAndWarnings(int errors, int warnings) => Localized.Text(
        string.Create(CultureInfo.InvariantCulture, $"{errors} error(s), {warnings} warning(s)"),
        $"ошибок: {Number(errors)}, предупреждений: {Number(warnings)}");
}
