using System.Text.Json.Serialization;

namespace Zaozersk.Reporting;

/// <summary>Статус исполнения мероприятия, when the report states one.</summary>
public enum MeasureStatus
{
    /// <summary>Исполнено.</summary>
    [JsonStringEnumMemberName("done")]
    Done,

    /// <summary>Исполняется (a continuing measure, carried out in the period).</summary>
    [JsonStringEnumMemberName("inProgress")]
    InProgress,

    /// <summary>Исполнено частично.</summary>
    [JsonStringEnumMemberName("partiallyDone")]
    PartiallyDone,

    /// <summary>Не исполнено.</summary>
    [JsonStringEnumMemberName("notDone")]
    NotDone,

    /// <summary>Срок не наступил.</summary>
    [JsonStringEnumMemberName("notDue")]
    NotDue,
}
