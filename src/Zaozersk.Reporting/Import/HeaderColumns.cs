namespace Zaozersk.Reporting.Import;

/// <summary>
/// Recognises the header of a plan table by its wording, whatever the variant: «№ п/п»,
/// «Наименование мероприятия» or «Мероприятие», «Ответственные исполнители» or «Исполнитель»,
/// «Срок исполнения» or «Срок», «Информация об исполнении», «Отметка о выполнении» or «Результат»,
/// and the optional columns.
/// </summary>
internal static class HeaderColumns
{
    private const int MaxHeaderLength = 80;

    /// <summary>
    /// The columns of <paramref name="row"/> when it reads as a plan table header (a measure column
    /// and at least two other known columns); null otherwise.
    /// </summary>
    /// <returns>One kind per grid column of the table.</returns>
    public static ColumnKind[]? Recognise(WordRow row, int columnCount)
    {
        var kinds = new ColumnKind[columnCount];
        var known = 0;
        foreach (var cell in row.Cells)
        {
            if (cell.Column >= columnCount)
            {
                continue;
            }

            // Header wording is short; a long cell is content, and reading it as a header would cost its length.
            var kind = cell.Paragraphs().Sum(p => p.Text.Length) > MaxHeaderLength ? ColumnKind.Unknown : Classify(PlainText.Of(cell.Paragraphs()));
            if (kind != ColumnKind.Unknown && Array.IndexOf(kinds, kind) >= 0)
            {
                kind = kind == ColumnKind.Execution ? ColumnKind.Status : ColumnKind.Unknown;
            }

            kinds[cell.Column] = kind;
            known += kind == ColumnKind.Unknown ? 0 : 1;
        }

        if (known < 3 || Array.IndexOf(kinds, ColumnKind.Measure) < 0)
        {
            return null;
        }

        // «Отметка о выполнении» holds the status only when another column holds the execution text.
        var status = Array.IndexOf(kinds, ColumnKind.Status);
        if (status >= 0 && Array.IndexOf(kinds, ColumnKind.Execution) < 0)
        {
            kinds[status] = ColumnKind.Execution;
        }

        return kinds;
    }

    /// <summary>The field a header text names.</summary>
    public static ColumnKind Classify(string header)
    {
        var text = Normalise(header);
        if (text.Length == 0)
        {
            return ColumnKind.Unknown;
        }

        if (text is "n" or "no" or "номер" || text.StartsWith('№') || text.StartsWith("n п/п", StringComparison.Ordinal) || text == "п/п")
        {
            return ColumnKind.Number;
        }

        return text switch
        {
            _ when text.StartsWith("срок", StringComparison.Ordinal) => ColumnKind.Deadline,
            _ when text.Contains("ожидаем", StringComparison.Ordinal) => ColumnKind.ExpectedResult,
            _ when text.Contains("показател", StringComparison.Ordinal) || text.Contains("индикатор", StringComparison.Ordinal) => ColumnKind.Indicator,
            _ when text.StartsWith("примечани", StringComparison.Ordinal) => ColumnKind.Note,
            _ when text.StartsWith("отметка о выполнении", StringComparison.Ordinal) || text.StartsWith("статус", StringComparison.Ordinal) => ColumnKind.Status,
            _ when text.StartsWith("информация об исполнении", StringComparison.Ordinal) || text.StartsWith("информация о выполнении", StringComparison.Ordinal)
                || text.StartsWith("информация о ходе", StringComparison.Ordinal) || text.StartsWith("отметка об исполнении", StringComparison.Ordinal)
                || text.StartsWith("результат", StringComparison.Ordinal) || text.StartsWith("ход исполнения", StringComparison.Ordinal)
                || text.StartsWith("ход выполнения", StringComparison.Ordinal) || text.StartsWith("исполнение", StringComparison.Ordinal) => ColumnKind.Execution,
            _ when text.Contains("исполнител", StringComparison.Ordinal) || text.StartsWith("ответственн", StringComparison.Ordinal) => ColumnKind.Responsible,
            _ when text.Contains("мероприят", StringComparison.Ordinal) || text.StartsWith("наименование", StringComparison.Ordinal) || text.StartsWith("содержание", StringComparison.Ordinal) => ColumnKind.Measure,
            _ => ColumnKind.Unknown,
        };
    }

    /// <summary>Lower case, «ё» as «е», whitespace collapsed, outer punctuation removed.</summary>
    private static string Normalise(string header)
    {
        var words = header.ToLowerInvariant().Replace('ё', 'е').Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Trim('.', ':', ',', ';', ' ');
    }
}
