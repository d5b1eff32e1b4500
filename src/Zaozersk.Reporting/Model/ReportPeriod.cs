using System.ComponentModel;

namespace Zaozersk.Reporting;

/// <summary>Отчетный период: the part of the plan period a report covers.</summary>
public sealed record ReportPeriod
{
    /// <summary>Whether the report covers a year, a half-year, a quarter or nine months.</summary>
    [Description("year, halfYear, quarter or nineMonths.")]
    public required ReportPeriodKind Kind { get; init; }

    /// <summary>The calendar year of the period, e.g. 2022.</summary>
    [Description("Calendar year of the period, e.g. 2022.")]
    public required int Year { get; init; }

    /// <summary>Which half-year (1–2) or quarter (1–4); absent for a year or nine months.</summary>
    [Description("Which half-year (1-2) or quarter (1-4); omit for year and nineMonths.")]
    public int? Number { get; init; }
}
