using System.Globalization;

namespace Zaozersk.Reporting.Model;

/// <summary>
/// How official documents write dates, periods and numbers, independent of any machine culture:
/// «27.04.2022», «27 апреля 2022 г.», «2021–2024», «№ 336».
/// </summary>
internal static class OfficialFormats
{
    /// <summary>A non-breaking space: keeps «№» with its number and «г.» with its year.</summary>
    public const string NoBreakSpace = "\u00A0";

    /// <summary>
    /// U+2060 WORD JOINER: forbids a line break where it stands and prints nothing. Word, LibreOffice
    /// and the PDF layout all honour it; the bundled font need not have a glyph for it.
    /// </summary>
    public const char WordJoinerChar = '\u2060';

    private static readonly System.Buffers.SearchValues<char> TieTriggers = System.Buffers.SearchValues.Create("№.-\u2010–—");

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

    /// <summary>
    /// Text that must print on one line (initials with surname, a telephone number): spaces become
    /// non-breaking and no line may break after a hyphen or dash.
    /// </summary>
    public static string NoBreak(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new System.Text.StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            result.Append(c == ' ' ? '\u00A0' : c);
            if (c is '-' or '\u2010' or '–' or '—' && i + 1 < text.Length && text[i + 1] != ' ')
            {
                result.Append(WordJoinerChar);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Official typography for running text such as a title: «№» stays with its number, a range
    /// such as «2025–2027» or «2025-2027» never breaks at its dash, initials stay with the surname
    /// («И.О. Фамилия», «Фамилия И.О.»). Everything else may break as usual.
    /// </summary>
    public static string Ties(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most cell lines have nothing to tie: no «№», no dash, no initial.
        if (text.AsSpan().IndexOfAny(TieTriggers) < 0)
        {
            return text;
        }

        // The copy is made only at the first tie: most lines with a dot or a dash need none.
        System.Text.StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var tiedSpace = c == ' ' && TiedSpace(text, i);
            var joined = c is '-' or '\u2010' or '–' or '—' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
            if ((tiedSpace || joined) && result is null)
            {
                result = new System.Text.StringBuilder(text.Length + 8).Append(text, 0, i);
            }

            if (result is null)
            {
                continue;
            }

            result.Append(tiedSpace ? '\u00A0' : c);
            if (joined)
            {
                result.Append(WordJoinerChar);
            }
        }

        return result?.ToString() ?? text;
    }

    /// <summary>Whether the space at <paramref name="at"/> follows «№» or sits between initials and a surname.</summary>
    private static bool TiedSpace(string text, int at)
    {
        var before = at > 0 ? text[at - 1] : ' ';
        var after = at + 1 < text.Length ? text[at + 1] : ' ';
        if (before == '№')
        {
            return true;
        }

        // «И.О. Фамилия» and «И. О. Фамилия»: an initial (capital and dot) before the space, a capital after.
        var initialBefore = before == '.' && at >= 2 && char.IsUpper(text[at - 2]) && (at == 2 || !char.IsLetter(text[at - 3]));
        if (initialBefore && char.IsUpper(after))
        {
            return true;
        }

        // «Фамилия И.О.»: a capitalised word before the space, an initial after.
        if (!char.IsLetter(before) || at + 2 >= text.Length || !char.IsUpper(after) || text[at + 2] != '.')
        {
            return false;
        }

        var start = at - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return char.IsUpper(text[start]);
    }

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
