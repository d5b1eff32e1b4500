namespace Zaozersk.Reporting.Import;

/// <summary>Which field a column of the plan table holds.</summary>
internal enum ColumnKind
{
    /// <summary>A column whose header names nothing the model knows.</summary>
    Unknown,

    /// <summary>«№», «№ п/п».</summary>
    Number,

    /// <summary>«Наименование мероприятия», «Мероприятие», «Наименование мероприятий».</summary>
    Measure,

    /// <summary>«Показатель (индикатор)».</summary>
    Indicator,

    /// <summary>«Ожидаемый результат».</summary>
    ExpectedResult,

    /// <summary>«Ответственные исполнители», «Исполнитель», «Ответственный исполнитель».</summary>
    Responsible,

    /// <summary>«Срок исполнения», «Срок», «Сроки исполнения».</summary>
    Deadline,

    /// <summary>«Информация об исполнении», «Отметка об исполнении», «Информация о выполнении», «Результат».</summary>
    Execution,

    /// <summary>«Отметка о выполнении» beside an execution column: the status mark.</summary>
    Status,

    /// <summary>«Примечание».</summary>
    Note,
}
