using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// A status written as the first words of the execution text, in one paragraph with it, as municipal
/// reports often do: «Исполнено. Проведено 2 заседания комиссии.», «Не исполнено, в связи с …»,
/// «Выполнено: проведено …». The status wording must be followed by a separator — «.», «,», «:», «;»,
/// a dash, a hyphen between spaces, or the end of its line — so a sentence that merely starts with
/// the word («Выполнено обучение 12 служащих», «Исполнено в срок, акт № 5») is never read as one.
/// </summary>
internal static class StatusSentence
{
    /// <summary>
    /// The status <paramref name="line"/> starts with and the text after its separator (possibly
    /// empty), or null when the line does not start with a status wording and a separator.
    /// </summary>
    public static (MeasureStatus Status, string Remainder)? Split(string line)
    {
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        if (StatusMarks.Leading(line[start..], out var length) is not { } status)
        {
            return null;
        }

        var at = start + length;
        var spaced = false;
        while (at < line.Length && line[at] is ' ' or '\u00A0' or '\t')
        {
            at++;
            spaced = true;
        }

        if (at == line.Length)
        {
            // The wording and nothing else is a mark as a whole, which StatusMarks.Parse reads.
            return null;
        }

        switch (line[at])
        {
            case '.':
                // An ellipsis is one separator.
                while (at < line.Length && line[at] == '.')
                {
                    at++;
                }

                break;
            case ',' or ':' or ';' or '—' or '–' or '\n':
                at++;
                break;
            case '-' when spaced:
                at++;
                break;
            default:
                return null;
        }

        while (at < line.Length && char.IsWhiteSpace(line[at]))
        {
            at++;
        }

        return (status, line[at..]);
    }
}
