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

    // The same wordings, longest first: a text starting with «исполнено частично» also starts with «исполнено».
    private static readonly (string Wording, MeasureStatus Status)[] LongestFirst =
        [.. ByWording.OrderByDescending(w => w.Key.Length).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => (w.Key, w.Value))];

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

    /// <summary>
    /// The status whose wording <paramref name="text"/> starts with (any case, «ё» as «е», any spaces
    /// between its words), the longest wording first, so «Исполнено частично» is never read as «Исполнено»
    /// and «Не исполнено» never as anything else; <paramref name="length"/> is how many characters of
    /// the text the wording takes. Null when the text starts with no wording followed by a non-letter.
    /// </summary>
    public static MeasureStatus? Leading(string text, out int length)
    {
        foreach (var (wording, status) in LongestFirst)
        {
            if (MatchAt(text, wording) is { } end && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                length = end;
                return status;
            }
        }

        length = 0;
        return null;
    }

    /// <summary>Where a wording that <paramref name="text"/> starts with ends in it, or null.</summary>
    private static int? MatchAt(string text, string wording)
    {
        var at = 0;
        foreach (var letter in wording)
        {
            if (letter == ' ')
            {
                // One or more spaces (a typed non-breaking one or a tab included) between the words.
                var start = at;
                while (at < text.Length && text[at] is ' ' or '\u00A0' or '\t')
                {
                    at++;
                }

                if (at == start)
                {
                    return null;
                }

                continue;
            }

            if (at == text.Length || Folded(text[at]) != letter)
            {
                return null;
            }

            at++;
        }

        return at;
    }

    private static char Folded(char letter) => char.ToLowerInvariant(letter) is var lower && lower == 'ё' ? 'е' : lower;
}
