namespace Zaozersk.Reporting.Import;

/// <summary>The Russian status marks of the execution column, read back into <see cref="MeasureStatus"/>.</summary>
internal static class StatusMarks
{
    /// <summary>The status a mark names («Исполнено», «Исполняется», «Исполнено частично», «Не исполнено», «Срок не наступил»), or null.</summary>
    public static MeasureStatus? Parse(string? text)
    {
        // The longest mark has 27 letters; longer text is never a mark.
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }

        var mark = string.Join(' ', text.ToLowerInvariant().Replace('ё', 'е').Split([' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', ';');
        return mark switch
        {
            "исполнено" or "выполнено" => MeasureStatus.Done,
            "исполняется" or "выполняется" => MeasureStatus.InProgress,
            "исполнено частично" or "выполнено частично" or "частично исполнено" or "частично выполнено" => MeasureStatus.PartiallyDone,
            "не исполнено" or "не выполнено" => MeasureStatus.NotDone,
            "срок не наступил" or "срок исполнения не наступил" => MeasureStatus.NotDue,
            _ => null,
        };
    }
}
