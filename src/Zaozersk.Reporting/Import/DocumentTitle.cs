using System.Globalization;
using System.Text.RegularExpressions;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// What the title of a plan or report says: «ПЛАН мероприятий … на 2021–2024 годы» or
/// «ОТЧЕТ об исполнении Плана … на 2021–2024 годы за 2022 год», in any of their usual wordings.
/// </summary>
/// <param name="Kind">Plan or report, from the first word.</param>
/// <param name="Subject">The plan's name after «План» (or after «об исполнении Плана»), without the periods.</param>
/// <param name="PlanPeriod">«на 2021–2024 годы», if stated.</param>
/// <param name="ReportPeriod">«за 2022 год», «за I полугодие 2025 года» …, if stated.</param>
internal sealed partial record DocumentTitle(DocumentKind Kind, string Subject, YearRange? PlanPeriod, ReportPeriod? ReportPeriod)
{
    /// <summary>Whether <paramref name="text"/> opens a title: ПЛАН, ОТЧЕТ or ОТЧЁТ as its first word, or ИНФОРМАЦИЯ о …/об ….</summary>
    public static bool IsStart(string text) => Start().IsMatch(text);

    /// <summary>Whether the title text already names everything a title of its kind names.</summary>
    public static bool IsComplete(string text)
    {
        var report = Start().Match(text) is { Success: true } start && !start.Groups["word"].Value.StartsWith("П", StringComparison.OrdinalIgnoreCase);
        return PlanPeriodPhrase().IsMatch(text) && (!report || ReportPeriodPhrase().IsMatch(text));
    }

    /// <summary>Reads a whole title (its paragraphs joined by spaces); null when it does not start with ПЛАН or ОТЧЕТ.</summary>
    public static DocumentTitle? Parse(string text)
    {
        var start = Start().Match(text);
        if (!start.Success)
        {
            return null;
        }

        var kind = start.Groups["word"].Value.StartsWith("П", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Plan : DocumentKind.Report;
        var rest = text[start.Length..];

        ReportPeriod? reportPeriod = null;
        var report = ReportPeriodPhrase().Match(rest);
        if (report.Success)
        {
            reportPeriod = ReadReportPeriod(report);
            rest = rest.Remove(report.Index, report.Length);
        }

        YearRange? planPeriod = null;
        var plan = PlanPeriodPhrase().Match(rest);
        if (plan.Success)
        {
            var from = Year(plan.Groups["from"].Value);
            planPeriod = new YearRange { From = from, To = plan.Groups["to"].Success ? Year(plan.Groups["to"].Value) : from };
            rest = rest.Remove(plan.Index, plan.Length);
        }

        if (kind == DocumentKind.Report)
        {
            rest = ReportIntroduction().Replace(rest, string.Empty, 1);
        }

        return new DocumentTitle(kind, Collapse(rest), planPeriod, reportPeriod);
    }

    private static ReportPeriod ReadReportPeriod(Match match)
    {
        var year = Year(match.Groups["year"].Value);
        if (match.Groups["half"].Success)
        {
            return new ReportPeriod { Kind = ReportPeriodKind.HalfYear, Year = year, Number = Ordinal(match.Groups["half"].Value) };
        }

        if (match.Groups["quarter"].Success)
        {
            return new ReportPeriod { Kind = ReportPeriodKind.Quarter, Year = year, Number = Ordinal(match.Groups["quarter"].Value) };
        }

        return match.Groups["nine"].Success
            ? new ReportPeriod { Kind = ReportPeriodKind.NineMonths, Year = year }
            : new ReportPeriod { Kind = ReportPeriodKind.Year, Year = year };
    }

    /// <summary>«1», «I», «первое», «второй», «III», «четвертый» → 1…4.</summary>
    private static int Ordinal(string text)
    {
        var word = text.ToLowerInvariant().Replace('ё', 'е');
        return word switch
        {
            "1" or "i" => 1,
            "2" or "ii" => 2,
            "3" or "iii" => 3,
            "4" or "iv" => 4,
            _ when word.StartsWith("перв", StringComparison.Ordinal) => 1,
            _ when word.StartsWith("втор", StringComparison.Ordinal) => 2,
            _ when word.StartsWith("трет", StringComparison.Ordinal) => 3,
            _ => 4,
        };
    }

    private static int Year(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Spaces the removed phrases leave behind are closed up; line breaks inside the title become spaces.</summary>
    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>«ПЛАН», «ОТЧЕТ», or «ИНФОРМАЦИЯ» before «о ходе …», «об исполнении …» (a report under another name).</summary>
    [GeneratedRegex(@"^\s*(?<word>ПЛАН|ОТЧ[ЕЁ]Т|ИНФОРМАЦИЯ(?=[\s.:]+об?\s))(?![\p{L}])[\s.:]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Start();

    [GeneratedRegex(@"\s*\bна\s+(?<from>\d{4})(?:\s*[-‐‑–—]\s*(?<to>\d{4}))?\s*(?:гг\.?|годы|годов|год|г\.)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanPeriodPhrase();

    [GeneratedRegex(
        @"\s*\bза\s+(?:(?<year>\d{4})\s*(?:года|год|г\.)|(?<half>[12]|I{1,2}|перв\w*|втор\w*)\s+полугоди\w*\s+(?<year>\d{4})|(?<quarter>[1-4]|I{1,3}|IV|перв\w*|втор\w*|трет\w*|четв[её]рт\w*)\s+квартал\w*\s+(?<year>\d{4})|(?<nine>9|девять)\s+месяц\w*\s+(?<year>\d{4}))(?:\s*(?:года|г\.))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportPeriodPhrase();

    [GeneratedRegex(@"^\s*(?:об\s+исполнении|о\s+выполнении|о\s+ходе\s+(?:реализации|исполнения|выполнения)|о\s+реализации)\s+(?:плана\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportIntroduction();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
