using System.Collections.Frozen;

namespace Zaozersk.Reporting.Model;

/// <summary>
/// The Russian status marks of the execution column: the one list the templates print from and
/// import reads back from, with the other wordings officials write for the same status.
/// </summary>
internal static class StatusMarks
{
    private static readonly (MeasureStatus Status, string Mark, string[] AlsoWritten)[] Marks =
    [
        (MeasureStatus.Done, "Исполнено", ["выполнено"]),
        (MeasureStatus.InProgress, "Исполняется", ["выполняется"]),
        (MeasureStatus.PartiallyDone, "Исполнено частично", ["выполнено частично", "частично исполнено", "частично выполнено"]),
        (MeasureStatus.NotDone, "Не исполнено", ["не выполнено"]),
        (MeasureStatus.NotDue, "Срок не наступил", ["срок исполнения не наступил"]),
    ];

    // Every wording in lower case, single-spaced, «ё» as «е»: how Parse normalises what it reads.
    private static readonly FrozenDictionary<string, MeasureStatus> ByWording = Marks
        .SelectMany(m => m.AlsoWritten.Prepend(m.Mark.ToLowerInvariant()).Select(w => (Wording: w, m.Status)))
        .ToFrozenDictionary(w => w.Wording, w => w.Status, StringComparer.Ordinal);

    // The longest wording has 27 letters; text over 40 characters, spaces and stops included, is never a mark.
    private const int MaxMarkLength = 40;

    /// <summary>The marks as a message lists them: «Исполнено», «Исполняется», …</summary>
    public static string Listed { get; } = string.Join(", ", Marks.Select(m => "«" + m.Mark + "»"));

    /// <summary>The status as the official mark prints it; a value outside the enum prints as «Срок не наступил», as before.</summary>
    public static string Of(MeasureStatus status)
    {
        foreach (var (known, mark, _) in Marks)
        {
            if (known == status)
            {
                return mark;
            }
        }

        return Marks[^1].Mark;
    }

    /// <summary>The status a mark names (any case, extra spaces and a closing full stop allowed), or null.</summary>
    public static MeasureStatus? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxMarkLength)
        {
            return null;
        }

        var mark = string.Join(' ', text.ToLowerInvariant().Replace('ё', 'е').Split([' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', ';');
        return ByWording.TryGetValue(mark, out var status) ? status : null;
    }
}
