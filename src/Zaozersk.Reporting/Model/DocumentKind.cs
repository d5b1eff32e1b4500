using System.Text.Json.Serialization;

namespace Zaozersk.Reporting;

/// <summary>Which document the input describes: the plan itself or the report on its execution.</summary>
public enum DocumentKind
{
    /// <summary>План мероприятий по противодействию коррупции: four columns, no execution column.</summary>
    [JsonStringEnumMemberName("plan")]
    Plan,

    /// <summary>Отчет об исполнении плана: five columns, the last one with the execution text.</summary>
    [JsonStringEnumMemberName("report")]
    Report,
}
