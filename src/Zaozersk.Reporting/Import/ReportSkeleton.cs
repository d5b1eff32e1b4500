using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Zaozersk.Reporting;

/// <summary>Starts a report from its plan: the plan's sections and measures, the period set, execution left to fill.</summary>
public static class ReportSkeleton
{
    /// <summary>
    /// A report on <paramref name="plan"/> for <paramref name="period"/>: the same organisation, subject,
    /// plan period, approval stamp, sections (with their notes) and measures (with their optional
    /// fields), the same signatories and executor; every measure's execution empty and without a status.
    /// </summary>
    /// <param name="plan">The plan (a report works too: its execution and statuses are cleared).</param>
    /// <param name="period">The period the report covers.</param>
    /// <returns>The report, ready to fill in.</returns>
    public static PlanDocument FromPlan(PlanDocument plan, ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        return plan with
        {
            Kind = DocumentKind.Report,
            ReportPeriod = period,

            // The plan's date is not the report's; the report gets its own when it is signed.
            Date = null,
            Sections = [.. plan.Sections.Select(section => section with
            {
                Items = [.. section.Items.Select(item => item with { Status = null, Execution = string.Empty })],
            })],
        };
    }

    /// <summary>
    /// Reads a period written as <c>2025</c> (the year), <c>2025-H1</c> / <c>2025-H2</c> (a half-year),
    /// <c>2025-Q1</c> … <c>2025-Q4</c> (a quarter) or <c>2025-9M</c> (nine months); letters in any case.
    /// </summary>
    /// <param name="text">The period.</param>
    /// <param name="period">The period read, when the text is one of these forms.</param>
    /// <returns>Whether <paramref name="text"/> is a period.</returns>
    public static bool TryParsePeriod(string? text, [NotNullWhen(true)] out ReportPeriod? period)
    {
        period = null;
        var value = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2200)
        {
            return false;
        }

        period = value[4..] switch
        {
            "" => new ReportPeriod { Kind = ReportPeriodKind.Year, Year = year },
            "-H1" or "-H2" => new ReportPeriod { Kind = ReportPeriodKind.HalfYear, Year = year, Number = value[^1] - '0' },
            "-Q1" or "-Q2" or "-Q3" or "-Q4" => new ReportPeriod { Kind = ReportPeriodKind.Quarter, Year = year, Number = value[^1] - '0' },
            "-9M" => new ReportPeriod { Kind = ReportPeriodKind.NineMonths, Year = year },
            _ => null,
        };
        return period is not null;
    }
}
