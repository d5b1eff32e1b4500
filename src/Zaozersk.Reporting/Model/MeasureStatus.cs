using System.Text.Json.Serialization;

namespace Zaozersk.Reporting.Model;

/// <summary>Статус исполнения мероприятия, when the report states one.</summary>
public enum MeasureStatus
{
    /// <summary>Выполнено.</summary>
    [JsonStringEnumMemberName("done")]
    Done,

    /// <summary>Выполняется (a continuing measure, carried out in the period).</summary>
    [JsonStringEnumMemberName("inProgress")]
    InProgress,

    /// <summary>Выполнено частично.</summary>
    [JsonStringEnumMemberName("partiallyDone")]
    PartiallyDone,

    /// <summary>Не выполнено.</summary>
    [JsonStringEnumMemberName("notDone")]
    NotDone,

    /// <summary>Срок не наступил.</summary>
    [JsonStringEnumMemberName("notDue")]
    NotDue,
}
