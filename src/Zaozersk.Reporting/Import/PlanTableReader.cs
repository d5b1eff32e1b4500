using System.Globalization;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Reads the rows of the plan table (its first part and every continuation table) into sections and
/// measures. Section rows are one merged cell, or text only in the first cells; every other row with
/// text is a measure. Column-number rows and repeated headers are skipped; text in a column the
/// header does not name is reported.
/// </summary>
internal sealed class PlanTableReader(ColumnKind[] columns, DocumentKind kind, ImportLog log)
{
    private readonly List<SectionDraft> _sections = [];
    private readonly Dictionary<int, MeasureStatus> _markColumns = [];
    private readonly WordCell?[] _above = new WordCell?[columns.Length];
    private readonly int _measureColumn = Array.IndexOf(columns, ColumnKind.Measure);
    private readonly int _numberColumn = Array.IndexOf(columns, ColumnKind.Number);
    private bool _afterHeader = true;

    /// <summary>The sections read, each with its place in the document for later messages.</summary>
    public IReadOnlyList<SectionDraft> Sections => _sections;

    /// <summary>Reads one row of the table.</summary>
    public void Row(WordTable table, WordRow row)
    {
        var filled = row.Cells.Where(c => !c.IsEmpty && !c.MergedFromAbove).ToList();
        if (filled.Count == 0 || IsColumnNumberRow(row))
        {
            return;
        }

        if (HeaderColumns.Recognise(row, table.ColumnCount) is not null)
        {
            // A repeated header: merged cells below it must not inherit its titles.
            Array.Clear(_above);
            _afterHeader = true;
            return;
        }

        if (_afterHeader && (MarkColumns(filled) ?? MisplacedMarkColumns(filled)) is { Count: >= 2 } marks)
        {
            // «Отметка о выполнении» over «выполнено | не выполнено»: a tick in a column is that status.
            foreach (var (column, status) in marks)
            {
                _markColumns[column] = status;
            }

            return;
        }

        if (_afterHeader && IsHeaderSubRow(filled))
        {
            log.NotImported(DocumentPlace.Row(table, row), string.Join(" │ ", filled.Select(c => PlainText.Of(c.Paragraphs()))),
                Localized.Text(
                    "a second header row (sub-columns under the titles); its labels name no field of their own",
                    "вторая строка шапки (подстолбцы под заголовками); ее подписи не соответствуют отдельным полям"));
            return;
        }

        _afterHeader = false;

        if (SectionBySpan(row) is { } spanning)
        {
            Section(table, row, spanning, filled);
        }
        else if (filled.All(c => c.Column <= Math.Max(_numberColumn, _measureColumn)) && SectionByText(filled) is { } heading)
        {
            StartSection(heading.Number, heading.Title, null, DocumentPlace.Row(table, row));

            // A title cell merged across the remaining columns says «section»; cells of a measure's width leave doubt.
            if (filled[^1].Span == 1)
            {
                // The number is quoted with the title: a Roman one is no word of either language.
                var text = DocumentPlace.Excerpt(heading.Number + " " + heading.Title);
                log.Warning(DiagnosticCodes.RowReadAsSection, DocumentPlace.Row(table, row), Localized.Text(
                    $"read as a section: the row has text only in its first cells, though it could be a measure without responsible units or deadline: {text}",
                    $"строка прочитана как раздел: текст есть только в ее первых ячейках, хотя это может быть и мероприятие без ответственных и срока: {text}"));
            }
        }
        else
        {
            Item(table, row);
        }

        Remember(row);
    }

    /// <summary>
    /// A section heading written as a paragraph between two parts of the plan table (or right before
    /// its first part): the measures after it belong to it.
    /// </summary>
    public void HeadingParagraph(string number, string title, string place)
    {
        StartSection(number, title, null, place);

        // A cell merged from above never reaches over a heading written outside the table.
        Array.Clear(_above);
    }

    private void Remember(WordRow row)
    {
        foreach (var cell in row.Cells.Where(c => !c.MergedFromAbove && c.Column < _above.Length))
        {
            _above[cell.Column] = cell;
        }
    }

    /// <summary>A cell starting at the first column and reaching over the measure column.</summary>
    private WordCell? SectionBySpan(WordRow row)
    {
        var first = row.Cells.Count > 0 ? row.Cells[0] : null;
        return first is { Column: 0, Span: > 1, IsEmpty: false } && first.Column + first.Span > Math.Max(_measureColumn, 0) ? first : null;
    }

    private static (string Number, string Title)? SectionByText(List<WordCell> filled)
    {
        var texts = filled.Select(c => PlainText.Of(c.Paragraphs()).Trim()).ToList();
        if (texts.Count == 2 && !SectionHeading.IsSectionNumber(texts[0]))
        {
            return null;
        }

        return SectionHeading.Parse(string.Join(' ', texts));
    }

    private void Section(WordTable table, WordRow row, WordCell titleCell, List<WordCell> filled)
    {
        var paragraphs = titleCell.Paragraphs().Where(p => !p.IsEmpty).ToList();
        var titleText = PlainText.Line(paragraphs[0]) ?? string.Empty;
        var notes = new List<string>();
        var rest = PlainText.Of(paragraphs.Skip(1));
        if (rest.Length > 0)
        {
            notes.Add(rest);
        }

        notes.AddRange(filled.Where(c => c != titleCell).Select(c => PlainText.Of(c.Paragraphs())).Where(t => t.Length > 0));
        var heading = SectionHeading.Parse(titleText);
        var place = DocumentPlace.Row(table, row);
        StartSection(heading?.Number ?? string.Empty, heading?.Title ?? titleText.Trim(), notes.Count > 0 ? string.Join("\n\n", notes) : null, place);
    }

    private void StartSection(string number, string title, string? note, string place) =>
        _sections.Add(new SectionDraft(number, title, note, place));

    private void Item(WordTable table, WordRow row)
    {
        var values = new Dictionary<ColumnKind, List<WordParagraph>>();
        var ticked = new List<(MeasureStatus Status, WordCell Cell)>();
        foreach (var cell in row.Cells)
        {
            if (_markColumns.TryGetValue(cell.Column, out var columnStatus))
            {
                // An empty box (a check box left unticked) marks nothing.
                if (!cell.IsEmpty && !IsEmptyBox(PlainText.Of(cell.Paragraphs())))
                {
                    ticked.Add((columnStatus, cell));
                }

                continue;
            }

            var source = cell.MergedFromAbove && cell.Column < _above.Length ? _above[cell.Column] : cell;
            if (source is null || source.IsEmpty)
            {
                continue;
            }

            var column = cell.Column < columns.Length ? columns[cell.Column] : ColumnKind.Unknown;
            if (column == ColumnKind.Unknown)
            {
                if (!cell.MergedFromAbove)
                {
                    log.NotImported(DocumentPlace.Cell(table, row, cell), PlainText.Of(source.Paragraphs()), Localized.Text(
                        "a cell in a column whose header names no field",
                        "ячейка в столбце, заголовок которого не соответствует ни одному полю"));
                }

                continue;
            }

            values[column] = [.. source.Paragraphs()];
        }

        string? Text(ColumnKind column) => values.TryGetValue(column, out var paragraphs) ? PlainText.Of(paragraphs) : null;
        string? Optional(ColumnKind column) => Text(column) is { Length: > 0 } text ? text : null;

        var executionCell = values.GetValueOrDefault(ColumnKind.Execution);
        var (status, execution) = Execution(executionCell);

        // Only a report without a status column of any kind takes a status from the words its execution text
        // starts with: where the document has a column for the status, the text is the official's own, kept as written.
        var statusColumn = Array.IndexOf(columns, ColumnKind.Status) >= 0 || _markColumns.Count > 0;
        if (status is null && kind == DocumentKind.Report && !statusColumn && Sentence(executionCell) is { } leading)
        {
            status = leading.Status;
            execution = leading.Text;
            var mark = DocumentPlace.Excerpt(StatusMarks.Of(leading.Status));
            var written = DocumentPlace.Excerpt(leading.Line);
            log.Warning(DiagnosticCodes.StatusFromText, DocumentPlace.Row(table, row), Localized.Text(
                $"the status {mark} is read from the words the execution text starts with, {written}, and they are left out of the text; check that it is the measure's status",
                $"отметка о выполнении {mark} взята из первых слов информации об исполнении {written}, и эти слова из текста убраны; проверьте, что отметка верна"));
        }

        if (values.TryGetValue(ColumnKind.Status, out var statusCell))
        {
            var mark = PlainText.Of(statusCell);
            if (StatusMarks.Parse(mark) is { } marked)
            {
                // The text's first words name a status too when they are a mark as a whole or one followed by a separator.
                if ((status ?? Sentence(executionCell)?.Status) is { } written && written != marked)
                {
                    // Two sources disagree: the column is the status, and the sentence stays in the text, as written.
                    execution = PlainText.Of(executionCell!.Where(p => !p.IsEmpty));
                    var column = DocumentPlace.Excerpt(mark);
                    var sentence = DocumentPlace.Excerpt(PlainText.Line(executionCell!.First(p => !p.IsEmpty)) ?? string.Empty);
                    log.Warning(DiagnosticCodes.StatusDisagrees, DocumentPlace.Row(table, row), Localized.Text(
                        $"the status column says {column}, but the execution text starts with {sentence}; the column's status is taken and the text kept as written; check which is right",
                        $"в столбце отметки о выполнении указано {column}, а информация об исполнении начинается с {sentence}; взята отметка из столбца, текст сохранен как написан; проверьте, что верно"));
                }

                status = marked;
            }
            else if (mark.Length > 0)
            {
                log.NotImported(DocumentPlace.Row(table, row), mark, Localized.Text(
                    $"the status column holds no known mark ({StatusMarks.Listed})",
                    $"в столбце отметки о выполнении нет известной отметки ({StatusMarks.Listed})"));
            }
        }

        if (ticked.Count == 1 && IsTick(PlainText.Of(ticked[0].Cell.Paragraphs())))
        {
            var tick = ticked[0].Status;
            if ((status ?? Sentence(executionCell)?.Status) is { } written && written != tick)
            {
                // As with a status column: the tick is the status, and the text keeps its first words, as written.
                execution = PlainText.Of(executionCell!.Where(p => !p.IsEmpty));
                var column = DocumentPlace.Excerpt(StatusMarks.Of(tick));
                var sentence = DocumentPlace.Excerpt(PlainText.Line(executionCell!.First(p => !p.IsEmpty)) ?? string.Empty);
                log.Warning(DiagnosticCodes.StatusDisagrees, DocumentPlace.Row(table, row), Localized.Text(
                    $"the mark is ticked in the column {column}, but the execution text starts with {sentence}; the ticked status is taken and the text kept as written; check which is right",
                    $"отметка стоит в столбце {column}, а информация об исполнении начинается с {sentence}; взята отметка из столбца, текст сохранен как написан; проверьте, что верно"));
            }

            status = tick;
        }
        else
        {
            foreach (var (_, cell) in ticked)
            {
                log.NotImported(DocumentPlace.Cell(table, row, cell), PlainText.Of(cell.Paragraphs()), Localized.Text(
                    "a mark under «выполнено | не выполнено» that is not one tick («+», «х», «V») in one of the columns",
                    "отметка под «выполнено | не выполнено», которая не является одним знаком («+», «х», «V») в одном из столбцов"));
            }
        }

        var number = (Text(ColumnKind.Number) ?? string.Empty).Replace('\u00A0', ' ').Trim().TrimEnd('.');
        var item = new PlanItem
        {
            Number = number,
            Measure = Text(ColumnKind.Measure) ?? string.Empty,
            Responsible = Responsible(values.GetValueOrDefault(ColumnKind.Responsible)),
            Deadline = Text(ColumnKind.Deadline) ?? string.Empty,
            Indicator = Optional(ColumnKind.Indicator),
            ExpectedResult = Optional(ColumnKind.ExpectedResult),
            Status = status,
            Note = Optional(ColumnKind.Note),

            // A report's execution cell exists even when empty; a plan has the column only by exception.
            Execution = execution.Length > 0 || kind == DocumentKind.Report ? execution : null,
        };
        if (_sections.Count == 0)
        {
            // Measures before any section row: an unnamed section, which validation reports.
            StartSection(string.Empty, string.Empty, null, DocumentPlace.Row(table, row));
        }

        _sections[^1].Items.Add((item, DocumentPlace.Row(table, row)));
    }

    /// <summary>One entry per paragraph (and per line within one), empty ones skipped.</summary>
    private static IReadOnlyList<string> Responsible(List<WordParagraph>? paragraphs) =>
        paragraphs is null ? [] : [.. paragraphs.Select(PlainText.Line).OfType<string>().SelectMany(l => l.Split('\n')).Where(l => !string.IsNullOrWhiteSpace(l))];

    /// <summary>A first paragraph that is a status mark is the status; the rest is the execution text.</summary>
    private static (MeasureStatus? Status, string Text) Execution(List<WordParagraph>? paragraphs)
    {
        if (paragraphs is null)
        {
            return (null, string.Empty);
        }

        var filled = paragraphs.Where(p => !p.IsEmpty).ToList();
        if (filled.Count > 0 && filled[0].Label is null && StatusMarks.Parse(Typography.Untie(filled[0].Text)) is { } status)
        {
            return (status, PlainText.Of(filled.Skip(1)));
        }

        return (null, PlainText.Of(filled));
    }

    /// <summary>
    /// The status the execution text's first paragraph starts with, followed by a separator
    /// («Исполнено. Проведено …»), the text without those words, and the paragraph as written.
    /// </summary>
    private static (MeasureStatus Status, string Text, string Line)? Sentence(List<WordParagraph>? paragraphs)
    {
        var filled = paragraphs?.Where(p => !p.IsEmpty).ToList();
        if (filled is not { Count: > 0 } || filled[0].Label is not null)
        {
            return null;
        }

        var first = filled[0];
        var line = Typography.Untie(first.Text);
        if (StatusSentence.Split(line) is not { } split)
        {
            return null;
        }

        // The rest of the paragraph stands in for it, so it joins what follows as the paragraph did.
        var rest = new WordParagraph(first.Number, split.Remainder, null, first.Images, first.Notes);
        return (split.Status, PlainText.Of(filled.Skip(1).Prepend(rest)), line);
    }

    /// <summary>Right under the header, the filled cells that are status labels («выполнено», «не выполнено»), each with its status; the row holds nothing else.</summary>
    private List<(int Column, MeasureStatus Status)>? MarkColumns(List<WordCell> filled)
    {
        var marks = new List<(int Column, MeasureStatus Status)>();
        foreach (var cell in filled)
        {
            if (cell.Column == _numberColumn || cell.Column == _measureColumn || StatusMarks.Parse(PlainText.Of(cell.Paragraphs())) is not { } status)
            {
                return null;
            }

            marks.Add((cell.Column, status));
        }

        return marks;
    }

    /// <summary>
    /// Right under the header, a row of nothing but status labels standing under the first columns
    /// instead of under «Отметка о выполнении» (a producer that loses the header's merged cells, as
    /// pandoc does, writes the second header row from the first column): the labels, in order, name
    /// the columns the status header spans (it and the unnamed columns after it), when their counts agree.
    /// </summary>
    private List<(int Column, MeasureStatus Status)>? MisplacedMarkColumns(List<WordCell> filled)
    {
        var status = Array.IndexOf(columns, ColumnKind.Status);
        if (status < 0 || filled.Count < 2)
        {
            return null;
        }

        var labels = filled.Select(c => StatusMarks.Parse(PlainText.Of(c.Paragraphs()))).ToList();
        var spanned = Enumerable.Range(status, columns.Length - status).TakeWhile(c => c == status || columns[c] == ColumnKind.Unknown).ToList();
        if (labels.Any(l => l is null) || spanned.Count != labels.Count)
        {
            return null;
        }

        return [.. spanned.Zip(labels, (column, label) => (column, label!.Value))];
    }

    /// <summary>A tick: «+», «х» or «x», «V», «✓», «✔», «☑», a crossed box or «да».</summary>
    private static bool IsTick(string text) =>
        text.Trim().ToLowerInvariant() is "+" or "х" or "x" or "v" or "✓" or "✔" or "☑" or "☒" or "✗" or "✘" or "⌧" or "да";

    /// <summary>An empty check box («☐», «□», «◻»): a column left unticked.</summary>
    private static bool IsEmptyBox(string text) => text.Trim() is "☐" or "□" or "◻";

    /// <summary>
    /// Right under the header, a row of short labels with no number and no measure of its own
    /// («план | факт» under «Срок исполнения»): the header's second row, not a measure.
    /// </summary>
    private bool IsHeaderSubRow(List<WordCell> filled) =>
        filled.All(c => c.Column != _numberColumn && c.Column != _measureColumn && c.Paragraphs().Sum(p => p.Text.Length) <= 40);

    /// <summary>«1 2 3 4 5»: every filled cell a number, counting up from 1.</summary>
    private static bool IsColumnNumberRow(WordRow row)
    {
        var expected = 1;
        foreach (var cell in row.Cells.Where(c => !c.IsEmpty))
        {
            var text = PlainText.Of(cell.Paragraphs()).Trim().TrimEnd('.');
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value != expected)
            {
                return false;
            }

            expected++;
        }

        return expected > 3;
    }
}
