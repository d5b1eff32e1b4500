using System.Text.Json.Serialization;

namespace Zaozersk.Reporting;

/// <summary>Отчетный период: how much of a year a report covers.</summary>
public enum ReportPeriodKind
{
    /// <summary>Год: the whole calendar year («за 2022 год»).</summary>
    [JsonStringEnumMemberName("year")]
    Year,

    /// <summary>Полугодие: the first or second half of the year («за первое полугодие 2022 года»).</summary>
    [JsonStringEnumMemberName("halfYear")]
    HalfYear,

    /// <summary>Квартал: one quarter («за I квартал 2022 года»).</summary>
    [JsonStringEnumMemberName("quarter")]
    Quarter,

    /// <summary>9 месяцев: January to September («за 9 месяцев 2022 года»).</summary>
    [JsonStringEnumMemberName("nineMonths")]
    NineMonths,
}
