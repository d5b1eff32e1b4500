using System.ComponentModel;

namespace Zaozersk.Reporting;

/// <summary>Раздел плана: a numbered group of measures, printed as a row across the table.</summary>
public sealed record PlanSection
{
    /// <summary>The section number as printed, Arabic («1») or Roman («I»), without the trailing dot.</summary>
    [Description("Section number as printed, Arabic (1) or Roman (I), without the trailing dot.")]
    public required string Number { get; init; }

    /// <summary>The section title («Организационные мероприятия»).</summary>
    [Description("Section title.")]
    public required string Title { get; init; }

    /// <summary>Примечание к разделу: optional text printed in the section row (the seed's section 3 has one).</summary>
    [Description("Optional note printed in the section row.")]
    public string? Note { get; init; }

    /// <summary>The measures of the section, in order.</summary>
    [Description("Measures of the section, in order.")]
    public required IReadOnlyList<PlanItem> Items { get; init; }
}
