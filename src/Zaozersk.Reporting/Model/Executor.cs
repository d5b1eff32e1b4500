using System.ComponentModel;

namespace Zaozersk.Reporting;

/// <summary>Отметка об исполнителе: the «Исполнитель: …, тел. …» line printed in a smaller size.</summary>
public sealed record Executor
{
    /// <summary>The name of the person who prepared the document.</summary>
    [Description("Name of the person who prepared the document.")]
    public required string Name { get; init; }

    /// <summary>The telephone number as printed, if any.</summary>
    [Description("Telephone number as printed.")]
    public string? Phone { get; init; }
}
