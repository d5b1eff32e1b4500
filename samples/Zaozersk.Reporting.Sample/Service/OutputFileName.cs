using System.Globalization;
using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The name an answer's file is saved under, made from the document: <c>report-2022</c>, <c>report-2025-H1</c>, <c>plan-2021-2024</c>.</summary>
internal static class OutputFileName
{
    /// <summary>The name without extension; plain ASCII, so every browser and client keeps it as it is.</summary>
    public static string Of(PlanDocument document)
    {
        var (from, to) = (document.PlanPeriod.From, document.PlanPeriod.To);
        if (document.Kind != DocumentKind.Report || document.ReportPeriod is not { } period)
        {
            return from == to
                ? string.Create(CultureInfo.InvariantCulture, $"plan-{from}")
                : string.Create(CultureInfo.InvariantCulture, $"plan-{from}-{to}");
        }

        var part = period.Kind switch
        {
            ReportPeriodKind.Year => string.Empty,
            ReportPeriodKind.NineMonths => "-9M",
            ReportPeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"-H{period.Number}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"-Q{period.Number}"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"report-{period.Year}{part}");
    }
}
