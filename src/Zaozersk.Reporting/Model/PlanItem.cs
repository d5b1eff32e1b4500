using System.ComponentModel;

namespace Zaozersk.Reporting;

/// <summary>Мероприятие плана: one row of the table, with its execution text in a report.</summary>
/// <remarks>
/// Text properties are plain strings: line breaks are kept, a blank line separates paragraphs,
/// lines starting with «- » or «• » are list items and http(s) addresses become links.
/// </remarks>
public sealed record PlanItem
{
    /// <summary>Номер п/п: hierarchical, beginning with the section's number («1.1», «2.3.1»).</summary>
    [Description("Hierarchical number beginning with the section number, e.g. 1.1 or 2.3.1.")]
    public required string Number { get; init; }

    /// <summary>Наименование мероприятия.</summary>
    [Description("Text of the measure.")]
    public required string Measure { get; init; }

    /// <summary>Ответственные исполнители: one entry per unit or person, each printed on its own line.</summary>
    [Description("Responsible units or persons, one entry per printed line.")]
    public required IReadOnlyList<string> Responsible { get; init; }

    /// <summary>Срок исполнения as free text: dates, «постоянно», «по мере необходимости», «ежегодно, не позднее …».</summary>
    [Description("Deadline as free text; may be empty.")]
    public required string Deadline { get; init; }

    /// <summary>Показатель (индикатор), if the plan sets one.</summary>
    [Description("Optional indicator.")]
    public string? Indicator { get; init; }

    /// <summary>Ожидаемый результат, if the plan states one.</summary>
    [Description("Optional expected result.")]
    public string? ExpectedResult { get; init; }

    /// <summary>Статус исполнения, if the report states one.</summary>
    [Description("Optional status: done, inProgress, partiallyDone, notDone or notDue.")]
    public MeasureStatus? Status { get; init; }

    /// <summary>Примечание.</summary>
    [Description("Optional note.")]
    public string? Note { get; init; }

    /// <summary>Информация об исполнении: the execution text of a report; absent or empty for an empty cell.</summary>
    [Description("Execution text (reports only); omit or leave empty for an empty cell.")]
    public string? Execution { get; init; }
}
