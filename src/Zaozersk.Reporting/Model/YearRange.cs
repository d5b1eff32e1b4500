using System.ComponentModel;

namespace Zaozersk.Reporting;

/// <summary>Период действия плана («на 2021–2024 годы»): an inclusive range of calendar years.</summary>
public sealed record YearRange
{
    /// <summary>The first year the plan covers, e.g. 2021.</summary>
    [Description("First year the plan covers, e.g. 2021.")]
    public required int From { get; init; }

    /// <summary>The last year the plan covers, e.g. 2024; equal to <see cref="From"/> for a one-year plan.</summary>
    [Description("Last year the plan covers, e.g. 2024.")]
    public required int To { get; init; }

    /// <summary>Whether <paramref name="year"/> lies within the range.</summary>
    /// <param name="year">A calendar year.</param>
    public bool Contains(int year) => year >= From && year <= To;
}
