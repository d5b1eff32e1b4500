using System.Globalization;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Model.Validation;

/// <summary>Plan period, report period and the document date, and how they fit together.</summary>
internal static class PeriodRules
{
    private const int FirstPlausibleYear = 1991;
    private const int LastPlausibleYear = 2100;

    public static void Check(PlanDocument document, DiagnosticBag bag)
    {
        var planPath = JsonPaths.Property(JsonPaths.Root, "planPeriod");
        var plan = document.PlanPeriod;
        var planValid = IsPlausible(plan.From) && IsPlausible(plan.To) && plan.From <= plan.To;
        if (!planValid)
        {
            bag.Error(DiagnosticCodes.InvalidPlanPeriod, planPath, Localized.Text(
                $"{Year(plan.From)}–{Year(plan.To)} is not a range of years between {FirstPlausibleYear} and {LastPlausibleYear} with 'from' not after 'to'",
                $"{Year(plan.From)}–{Year(plan.To)} — не диапазон лет от {FirstPlausibleYear} до {LastPlausibleYear}, в котором 'from' не позже 'to'"));
        }

        var periodPath = JsonPaths.Property(JsonPaths.Root, "reportPeriod");
        var period = document.ReportPeriod;
        if (document.Kind == DocumentKind.Plan)
        {
            if (period is not null)
            {
                bag.Warning(DiagnosticCodes.ReportPeriodInPlan, periodPath, Localized.Text(
                    "a plan does not print a report period; remove it or set kind to 'report'",
                    "в плане отчетный период не печатается; удалите его или укажите для 'kind' значение 'report'"));
            }
        }
        else if (period is null)
        {
            bag.Error(DiagnosticCodes.MissingReportPeriod, periodPath, Localized.Text(
                "a report needs 'reportPeriod' (for example { \"kind\": \"year\", \"year\": 2022 })",
                "для отчета нужен отчетный период 'reportPeriod' (например { \"kind\": \"year\", \"year\": 2022 })"));
        }
        else
        {
            CheckReportPeriod(period, periodPath, plan, planValid, bag);
        }

        CheckDocumentDate(document, bag);
    }

    private static void CheckReportPeriod(ReportPeriod period, string path, YearRange plan, bool planValid, DiagnosticBag bag)
    {
        var numberPath = JsonPaths.Property(path, "number");
        switch (period.Kind)
        {
            case ReportPeriodKind.HalfYear when period.Number is not (1 or 2):
                bag.Error(DiagnosticCodes.InvalidReportPeriodNumber, numberPath, Localized.Text(
                    "a half-year report needs 'number' 1 or 2",
                    "для отчета за полугодие нужен 'number' 1 или 2"));
                break;
            case ReportPeriodKind.Quarter when period.Number is not (>= 1 and <= 4):
                bag.Error(DiagnosticCodes.InvalidReportPeriodNumber, numberPath, Localized.Text(
                    "a quarterly report needs 'number' from 1 to 4",
                    "для квартального отчета нужен 'number' от 1 до 4"));
                break;
            case ReportPeriodKind.Year or ReportPeriodKind.NineMonths when period.Number is not null:
                bag.Error(DiagnosticCodes.InvalidReportPeriodNumber, numberPath, Localized.Text(
                    $"a report for {(period.Kind == ReportPeriodKind.Year ? "a whole year" : "nine months")} has no period number; remove 'number'",
                    $"у отчета {(period.Kind == ReportPeriodKind.Year ? "за год" : "за 9 месяцев")} нет номера периода; удалите 'number'"));
                break;
        }

        if (planValid && !plan.Contains(period.Year))
        {
            bag.Error(DiagnosticCodes.ReportPeriodOutsidePlan, JsonPaths.Property(path, "year"), Localized.Text(
                $"the report period year {Year(period.Year)} is outside the plan period {Year(plan.From)}–{Year(plan.To)}",
                $"год отчетного периода {Year(period.Year)} лежит вне периода действия плана {Year(plan.From)}–{Year(plan.To)}"));
        }
    }

    private static void CheckDocumentDate(PlanDocument document, DiagnosticBag bag)
    {
        if (document.Date is null)
        {
            return;
        }

        var path = JsonPaths.Property(JsonPaths.Root, "date");
        if (!OfficialDate.TryParse(document.Date, out var date))
        {
            var quoted = QuotedText.Quote(document.Date);
            bag.Error(DiagnosticCodes.MalformedDate, path, Localized.Text(
                $"{quoted} is not a date written as ДД.ММ.ГГГГ (for example 30.01.2023)",
                $"{quoted} — не дата в виде ДД.ММ.ГГГГ (например 30.01.2023)"));
            return;
        }

        if (document.Kind == DocumentKind.Report && document.ReportPeriod is { } period && LastDay(period) is { } end && date <= end)
        {
            var dated = QuotedText.Shorten(document.Date);
            var ends = end.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            bag.Warning(DiagnosticCodes.DatedBeforePeriodEnd, path, Localized.Text(
                $"the report is dated {dated}, before its period ends on {ends}",
                $"отчет датирован {dated}, то есть раньше окончания отчетного периода ({ends})"));
        }
    }

    private static DateOnly? LastDay(ReportPeriod period)
    {
        if (!IsPlausible(period.Year))
        {
            return null;
        }

        var month = period.Kind switch
        {
            ReportPeriodKind.Year => 12,
            ReportPeriodKind.NineMonths => 9,
            ReportPeriodKind.HalfYear when period.Number is 1 or 2 => period.Number.Value * 6,
            ReportPeriodKind.Quarter when period.Number is >= 1 and <= 4 => period.Number.Value * 3,
            _ => 0,
        };
        return month == 0 ? null : new DateOnly(period.Year, month, DateTime.DaysInMonth(period.Year, month));
    }

    private static bool IsPlausible(int year) => year is >= FirstPlausibleYear and <= LastPlausibleYear;

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
