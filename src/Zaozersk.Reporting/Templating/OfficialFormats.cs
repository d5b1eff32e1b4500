using System.Globalization;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Validation;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// How official documents write dates, periods and numbers, independent of any machine culture:
/// «27.04.2022», «27 апреля 2022 г.», «2021–2024», «№ 336».
/// </summary>
internal static class OfficialFormats
{
    /// <summary>A non-breaking space: keeps «№» with its number and «г.» with its year.</summary>
    public const string NoBreakSpace = "\u00A0";

    private static readonly string[] MonthsGenitive =
    [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ];

    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    /// <summary>«27.04.2022» from ДД.ММ.ГГГГ or ISO ГГГГ-ММ-ДД; other text is returned unchanged.</summary>
    public static string Date(string? text) =>
        TryParseAny(text, out var date) ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) : text ?? string.Empty;

    /// <summary>ISO 8601 «2022-04-27» for metadata, or an empty string when the text is not a date.</summary>
    public static string IsoDate(string? text) =>
        TryParseAny(text, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>«27 апреля 2022 г.»; other text is returned unchanged.</summary>
    public static string LongDate(string? text) =>
        TryParseAny(text, out var date)
            ? FormattableString.Invariant($"{date.Day} {MonthsGenitive[date.Month - 1]} {date.Year}{NoBreakSpace}г.")
            : text ?? string.Empty;

    /// <summary>«2021–2024» with an en dash, or «2022» when both years are the same.</summary>
    public static string YearRange(int from, int to) =>
        from == to ? from.ToString(CultureInfo.InvariantCulture) : FormattableString.Invariant($"{from}–{to}");

    /// <summary>«№ 336» with a non-breaking space; «№ ___» for a blank.</summary>
    public static string NumberSign(string? number) =>
        "№" + NoBreakSpace + (string.IsNullOrWhiteSpace(number) ? "___" : number.Trim());

    /// <summary>The report period as the title phrases it: «за 2022 год», «за I квартал 2022 года» …</summary>
    public static string ReportPeriodPhrase(ReportPeriod period) => period.Kind switch
    {
        ReportPeriodKind.Year => FormattableString.Invariant($"за {period.Year} год"),
        ReportPeriodKind.NineMonths => FormattableString.Invariant($"за 9 месяцев {period.Year} года"),
        ReportPeriodKind.HalfYear => FormattableString.Invariant($"за {(period.Number == 2 ? "второе" : "первое")} полугодие {period.Year} года"),
        _ => FormattableString.Invariant($"за {RomanQuarters[Math.Clamp((period.Number ?? 1) - 1, 0, 3)]} квартал {period.Year} года"),
    };

    /// <summary>The plan period as the title phrases it: «на 2021–2024 годы», «на 2022 год».</summary>
    public static string PlanPeriodPhrase(YearRange period) =>
        "на " + YearRange(period.From, period.To) + (period.From == period.To ? " год" : " годы");

    private static bool TryParseAny(string? text, out DateOnly date)
    {
        date = default;
        return OfficialDate.TryParse(text, out date)
            || (text is { Length: 10 } && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date));
    }
}
