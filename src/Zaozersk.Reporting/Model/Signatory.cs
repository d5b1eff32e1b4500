using System.ComponentModel;

namespace Zaozersk.Reporting;

/// <summary>Подпись: the position and the name of an official who signs the document.</summary>
public sealed record Signatory
{
    /// <summary>Наименование должности («Глава ЗАТО город Заозерск»).</summary>
    [Description("Position of the signing official.")]
    public required string Position { get; init; }

    /// <summary>Initials and surname as printed («И.О. Фамилия»).</summary>
    [Description("Initials and surname as printed.")]
    public required string Name { get; init; }
}
