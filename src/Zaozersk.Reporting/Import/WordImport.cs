using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Model.Validation;
using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Turns an opened Word document into a plan or report: the approval stamp and the title before the
/// plan table, the table's sections and measures, the signatures after it. Every paragraph or cell
/// with text ends up in a field or in a warning naming its place.
/// </summary>
internal sealed class WordImport
{
    private readonly ImportLog _log;

    // The cells and paragraphs already reported for tracked changes: one warning each, however many paragraphs.
    private readonly HashSet<string> _revised = new(StringComparer.Ordinal);
    private readonly List<(string Text, string Place)> _approval = [];
    private readonly List<(string Text, string Place)> _title = [];
    private bool _approvalOpen;
    private IReadOnlyList<(string Id, string Text)> _footnotes = [];
    private IReadOnlyList<(string Id, string Text)> _endnotes = [];

    private WordImport(string? source) => _log = new ImportLog(source);

    /// <summary>
    /// Reads <paramref name="document"/>; the result's document is null when no plan table was found.
    /// Every part is streamed, within <paramref name="budget"/>; <paramref name="missing"/> are the parts
    /// the file links to but lacks (their links already dropped), each reported.
    /// </summary>
    public static ImportResult Read(WordprocessingDocument document, string? source, ImportBudget budget, long maxCharacters, IReadOnlyList<(string Part, string Kind)> missing)
    {
        var import = new WordImport(source);
        import.ReportMissing(missing);
        var (blocks, floating) = WordBodyReader.Read(document, budget, maxCharacters);
        import.ReportOutsideTheBody(document, floating, maxCharacters);
        import._footnotes = NoteTexts.Read(document.MainDocumentPart?.FootnotesPart, maxCharacters);
        import._endnotes = NoteTexts.Read(document.MainDocumentPart?.EndnotesPart, maxCharacters);

        // This library writes the organisation as the file's author and the document date as its
        // creation date; another producer's author is a person and its creation date a save time.
        var ours = PartText.Application(document.ExtendedFilePropertiesPart, maxCharacters)?.StartsWith(Producer.Name, StringComparison.Ordinal) == true;
        return import.Read(blocks, document.PackageProperties.Creator, document.PackageProperties.Created, ours);
    }

    /// <summary>A warning for each part the file links to but does not contain; the rest is imported.</summary>
    private void ReportMissing(IReadOnlyList<(string Part, string Kind)> missing)
    {
        foreach (var (part, kind) in missing)
        {
            var name = "«" + QuotedText.Shorten(part) + "»";
            var (english, russian) = kind switch
            {
                "header" => ("a page header", "верхний колонтитул"),
                "footer" => ("a page footer", "нижний колонтитул"),
                "image" => ("an image", "изображение"),
                "footnotes" => ("the footnotes", "сноски"),
                "endnotes" => ("the endnotes", "концевые сноски"),
                "styles" => ("the styles", "стили"),
                "numbering" => ("the list numbering", "нумерация списков"),
                _ => ("a part of the document", "часть документа"),
            };
            _log.Warning(DiagnosticCodes.DamagedDocument, DocumentPlace.Document, Localized.Text(
                $"the file links to a part it does not contain, {name} ({english}); the link was ignored and the rest imported; check the result against the document in Word",
                $"файл ссылается на часть, которой в нем нет: {name} ({russian}); ссылка пропущена, остальное перенесено; сверьте результат с документом в Word"));
        }
    }

    /// <summary>Text in page headers and footers and text boxes maps to no field: each is reported (notes at their marks, by <see cref="ReportAttachments"/>).</summary>
    private void ReportOutsideTheBody(WordprocessingDocument document, IReadOnlyList<(int Paragraph, string Text)> floating, long maxCharacters)
    {
        foreach (var (paragraph, text) in floating)
        {
            _log.NotImported(DocumentPlace.TextBox(paragraph), text, Localized.Text("text in a text box or shape", "текст в надписи или фигуре"));
        }

        var main = document.MainDocumentPart;
        if (main is null)
        {
            return;
        }

        var parts = new List<(string Place, OpenXmlPart? Part)>();
        parts.AddRange(main.HeaderParts.Select(p => (DocumentPlace.PageHeader, (OpenXmlPart?)p)));
        parts.AddRange(main.FooterParts.Select(p => (DocumentPlace.PageFooter, (OpenXmlPart?)p)));
        // A reviewer's comment is no part of the printed document, but it may say what to change.
        if (main.WordprocessingCommentsPart is { } comments && PartText.Read(comments, maxCharacters) is { HasLetter: true } said)
        {
            _log.NotImported(DocumentPlace.Comments, said.Start, Localized.Text("a reviewer's comment", "примечание рецензента"));
        }

        foreach (var (place, part) in parts)
        {
            if (part is null)
            {
                continue;
            }

            // A page number alone is layout; words are content.
            var text = PartText.Read(part, maxCharacters);
            if (text.HasLetter)
            {
                _log.NotImported(place, text.Start, Localized.Text("text in a page header, footer or note", "текст в колонтитуле или сноске"));
            }

            if (text.Pictures > 0)
            {
                var count = MessageNumber.Count(text.Pictures);
                _log.Warning(DiagnosticCodes.TextNotImported, place, text.Pictures == 1
                    ? Localized.Text(
                        "a picture in a page header or footer is not imported: the JSON holds text only; if it is needed, insert it into the rendered document by hand",
                        "рисунок в колонтитуле не перенесен: в JSON только текст; если он нужен, вставьте его в готовый документ вручную")
                    : Localized.Text(
                        $"{count} pictures in a page header or footer are not imported: the JSON holds text only; if they are needed, insert them into the rendered document by hand",
                        $"рисунков в колонтитуле: {count}; они не перенесены: в JSON только текст; если они нужны, вставьте их в готовый документ вручную"));
            }
        }
    }

    private ImportResult Read(IReadOnlyList<WordBlock> blocks, string? creator, DateTime? created, bool ours)
    {
        if (FindHeader(blocks) is not { } header)
        {
            _log.Error(DiagnosticCodes.NoPlanTable, DocumentPlace.Document, Localized.Text(
                "no plan table found: no table has a header naming the measure and two more of its columns (№, responsible, deadline, execution …); nothing was imported",
                "таблица плана не найдена: ни в одной таблице нет шапки, где названы мероприятие и еще два столбца (№, ответственные, срок, информация об исполнении …); ничего не перенесено"));
            return new ImportResult(null, _log.Items);
        }

        var table = (WordTable)blocks[header.Block];
        var leading = LeadingParagraph(blocks, header.Block);
        (string Number, string Title, string Place)? firstHeading = null;
        for (var b = 0; b < header.Block; b++)
        {
            // The last paragraph before the table may be the first section's heading.
            if (b == leading && TitleDone() && blocks[b] is WordParagraph paragraph
                && SectionHeading.ParseParagraph(Typography.Untie(paragraph.Shown).Trim()) is { } heading)
            {
                firstHeading = (heading.Number, heading.Title, DocumentPlace.Paragraph(paragraph.Number));
                continue;
            }

            Before(blocks[b]);
        }

        foreach (var row in table.Rows.Take(header.Row))
        {
            BeforeRow(table, row);
        }

        var title = FinishTitle();
        var approval = FinishApproval();
        var kind = title?.Kind ?? (header.Columns.Contains(ColumnKind.Execution) ? DocumentKind.Report : DocumentKind.Plan);
        if (title is null)
        {
            _log.Warning(DiagnosticCodes.NoTitle, DocumentPlace.Row(table, table.Rows[header.Row]), kind == DocumentKind.Report
                ? Localized.Text(
                    "no title («ПЛАН …», «ОТЧЕТ …») before the table; read as a report, as the table has an execution column",
                    "перед таблицей нет заголовка («ПЛАН …», «ОТЧЕТ …»); документ прочитан как отчет, так как в таблице есть столбец об исполнении")
                : Localized.Text(
                    "no title («ПЛАН …», «ОТЧЕТ …») before the table; read as a plan, as the table has no execution column",
                    "перед таблицей нет заголовка («ПЛАН …», «ОТЧЕТ …»); документ прочитан как план, так как в таблице нет столбца об исполнении"));
        }

        var reader = new PlanTableReader(header.Columns, kind, _log);
        if (firstHeading is { } first)
        {
            reader.HeadingParagraph(first.Number, first.Title, first.Place);
        }

        WarnUnknownColumns(table, table.Rows[header.Row], header.Columns);
        foreach (var row in table.Rows.Skip(header.Row + 1))
        {
            reader.Row(table, row);
        }

        var next = ReadContinuations(blocks, header.Block + 1, table.ColumnCount, reader);
        var signatures = new SignatureBlock(_log);
        signatures.Read(blocks.Skip(next));

        ReportAttachments(blocks, reader.Sections);
        var subject = title?.Subject ?? string.Empty;
        var document = new PlanDocument
        {
            Kind = kind,
            Organisation = ours && !string.IsNullOrWhiteSpace(creator) ? creator : Organisation(creator, subject),
            PlanSubject = subject,
            PlanPeriod = title?.PlanPeriod ?? new YearRange { From = 0, To = 0 },
            ReportPeriod = kind == DocumentKind.Report ? title?.ReportPeriod : null,
            Approval = approval,
            Date = AuthorIsOrganisation(creator, subject, ours) ? DocumentDate(created) : null,
            Sections = [.. reader.Sections.Select(s => s.ToSection())],
            Signatories = signatures.Signatories,
            Executor = signatures.Executor,
        };

        return new ImportResult(document, [.. _log.Items, .. Located(PlanValidator.Validate(document), reader.Sections)]);
    }

    /// <summary>
    /// Pictures and the footnotes and endnotes, which the JSON cannot hold, each reported where it is:
    /// the measure or section heading its row or paragraph became, and the cell or paragraph. A note
    /// is reported with its words; a note no mark calls, under «footnotes» or «endnotes».
    /// </summary>
    private void ReportAttachments(IReadOnlyList<WordBlock> blocks, IReadOnlyList<SectionDraft> sections)
    {
        var owners = new Dictionary<string, (bool Measure, string Number)>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            owners.TryAdd(section.Place, (false, section.Number));
            foreach (var (item, place) in section.Items)
            {
                owners[place] = (true, item.Number);
            }
        }

        var called = new HashSet<NoteReference>();
        var counts = new int[2];
        Dictionary<string, string>[] texts = [Texts(_footnotes), Texts(_endnotes)];
        foreach (var block in blocks)
        {
            switch (block)
            {
                case WordParagraph paragraph:
                    var at = DocumentPlace.Paragraph(paragraph.Number);
                    Attachments(paragraph, at, owners.TryGetValue(at, out var heading) ? heading : null, (called, counts, texts));
                    break;
                case WordTable table:
                    foreach (var row in table.Rows)
                    {
                        var owner = owners.TryGetValue(DocumentPlace.Row(table, row), out var found) ? found : ((bool, string)?)null;
                        foreach (var cell in row.Cells)
                        {
                            foreach (var inner in cell.Paragraphs())
                            {
                                Attachments(inner, DocumentPlace.Cell(table, row, cell), owner, (called, counts, texts));
                            }
                        }
                    }

                    break;
            }
        }

        foreach (var (endnote, notes) in new[] { (false, _footnotes), (true, _endnotes) })
        {
            foreach (var (id, text) in notes.Where(n => !called.Contains(new NoteReference(endnote, n.Id))))
            {
                NoteNotImported(endnote ? DocumentPlace.Endnotes : DocumentPlace.Footnotes, text, endnote
                    ? Localized.Text("an endnote", "концевая сноска")
                    : Localized.Text("a footnote", "сноска"));
            }
        }
    }

    private static Dictionary<string, string> Texts(IReadOnlyList<(string Id, string Text)> notes) =>
        notes.DistinctBy(n => n.Id, StringComparer.Ordinal).ToDictionary(n => n.Id, n => n.Text, StringComparer.Ordinal);

    /// <summary>Reports the pictures and note marks of one paragraph; <paramref name="notes"/> are the marks met so far, the count of each kind and the notes' words.</summary>
    private void Attachments(WordParagraph paragraph, string place, (bool Measure, string Number)? owner, (HashSet<NoteReference> Called, int[] Counts, Dictionary<string, string>[] Texts) notes)
    {
        var number = owner is { Number.Length: > 0 } known ? known.Number : null;
        for (var i = 0; i < paragraph.Images; i++)
        {
            var inside = number is null ? (string.Empty, string.Empty) : owner!.Value.Measure
                ? ($" in measure {number}", $" в мероприятии {number}")
                : ($" in the heading of section {number}", $" в заголовке раздела {number}");
            _log.Warning(DiagnosticCodes.TextNotImported, place, Localized.Text(
                $"a picture{inside.Item1} is not imported: the JSON holds text only; if it is needed, insert it into the rendered document by hand",
                $"рисунок{inside.Item2} не перенесен: в JSON только текст; если он нужен, вставьте его в готовый документ вручную"));
        }

        Revisions(paragraph, place, number is null ? null : owner!.Value with { Number = number });

        foreach (var note in paragraph.Notes)
        {
            var shown = ++notes.Counts[note.Endnote ? 1 : 0];
            if (!notes.Called.Add(note) || !notes.Texts[note.Endnote ? 1 : 0].TryGetValue(note.Id, out var text))
            {
                continue;
            }

            var to = number is null ? (string.Empty, string.Empty) : owner!.Value.Measure
                ? ($" to measure {number}", $" к мероприятию {number}")
                : ($" to the heading of section {number}", $" к заголовку раздела {number}");
            NoteNotImported(place, text, note.Endnote
                ? Localized.Text($"endnote {shown}{to.Item1}", $"концевая сноска {shown}{to.Item2}")
                : Localized.Text($"footnote {shown}{to.Item1}", $"сноска {shown}{to.Item2}"));
        }
    }

    /// <summary>
    /// Tracked changes (once per cell or paragraph: the JSON holds the text with them accepted, which the
    /// official must know), hidden text left out, and symbols that have no letter outside their font.
    /// </summary>
    private void Revisions(WordParagraph paragraph, string place, (bool Measure, string Number)? owner)
    {
        var inside = owner is not { } known ? (string.Empty, string.Empty) : known.Measure
            ? ($" in measure {known.Number}", $" в мероприятии {known.Number}")
            : ($" in the heading of section {known.Number}", $" в заголовке раздела {known.Number}");
        if (paragraph.Revised && _revised.Add(place))
        {
            _log.Warning(DiagnosticCodes.TrackedChanges, place, Localized.Text(
                $"the text{inside.Item1} has tracked changes that were neither accepted nor rejected; it is imported as it reads with all of them accepted (deleted text left out, inserted text kept); check it against the document in Word",
                $"в тексте{inside.Item2} есть исправления (режим записи исправлений), которые не приняты и не отклонены; текст перенесен так, как он читается после принятия всех исправлений (удаленное не перенесено, вставленное перенесено); сверьте его с документом в Word"));
        }

        if (paragraph.Hidden is { } hidden)
        {
            _log.NotImported(place, hidden, Localized.Text(
                $"hidden text{inside.Item1} (formatted as hidden, Word does not print it)",
                $"скрытый текст{inside.Item2} (оформлен как скрытый, Word его не печатает)"));
        }

        if (paragraph.Placeholder is { } prompt)
        {
            _log.NotImported(place, prompt, Localized.Text(
                $"the prompt of an empty input field (content control){inside.Item1}, not a value typed into it",
                $"подсказка пустого поля для ввода (элемента управления содержимым){inside.Item2}, а не введенное в него значение"));
        }

        foreach (var symbol in paragraph.Symbols)
        {
            var quoted = "«" + QuotedText.Shorten(symbol) + "»";
            _log.Warning(DiagnosticCodes.TextNotImported, place, Localized.Text(
                $"a symbol{inside.Item1} that exists only in its font, {quoted}, is not imported: it would print as an empty box; if it is needed, type a letter or sign for it",
                $"символ{inside.Item2}, который есть только в своем шрифте, {quoted}, не перенесен: он напечатался бы пустым квадратом; если он нужен, замените его буквой или знаком"));
        }
    }

    /// <summary>A note's words in full: unlike a stray line, a note is read where it is reported.</summary>
    private void NoteNotImported(string place, string text, string why) =>
        _log.Warning(DiagnosticCodes.TextNotImported, place, Localized.Text($"{why}; not imported: ", $"{why}; не перенесено: ") + DocumentPlace.Whole(text));

    /// <summary>The first table row whose wording is a plan table header, in the first rows of a table.</summary>
    private static (int Block, int Row, ColumnKind[] Columns)? FindHeader(IReadOnlyList<WordBlock> blocks)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            if (blocks[b] is not WordTable table)
            {
                continue;
            }

            for (var r = 0; r < Math.Min(table.Rows.Count, 5); r++)
            {
                if (HeaderColumns.Recognise(table.Rows[r], table.ColumnCount) is { } columns)
                {
                    return (b, r, columns);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Tables with the same columns after the first part of the plan table continue it: after a page
    /// break, after the header written as a table of its own, or a last row kept with the signatures.
    /// Empty paragraphs between them are layout; a paragraph with text between them is reported.
    /// </summary>
    /// <returns>The index of the first block after the plan table.</returns>
    private int ReadContinuations(IReadOnlyList<WordBlock> blocks, int start, int columnCount, PlanTableReader reader)
    {
        var index = start;
        while (index < blocks.Count)
        {
            var nextTable = index;
            while (nextTable < blocks.Count && blocks[nextTable] is WordParagraph)
            {
                nextTable++;
            }

            if (nextTable >= blocks.Count || blocks[nextTable] is not WordTable table || table.ColumnCount != columnCount)
            {
                return index;
            }

            for (var i = index; i < nextTable; i++)
            {
                if (blocks[i] is WordParagraph { IsEmpty: false } heading && SectionHeading.ParseParagraph(Typography.Untie(heading.Shown).Trim()) is { } section)
                {
                    // Sections written as headings between tables of the same columns, as many plans are laid out.
                    reader.HeadingParagraph(section.Number, section.Title, DocumentPlace.Paragraph(heading.Number));
                }
                else if (blocks[i] is WordParagraph { IsEmpty: false } paragraph)
                {
                    _log.NotImported(DocumentPlace.Paragraph(paragraph.Number), paragraph.Shown, Localized.Text("text between two parts of the plan table", "текст между двумя частями таблицы плана"));
                }
            }

            foreach (var row in table.Rows)
            {
                reader.Row(table, row);
            }

            index = nextTable + 1;
        }

        return index;
    }

    /// <summary>The index of the last paragraph with text right before block <paramref name="table"/> (only empty paragraphs between), or -1.</summary>
    private static int LeadingParagraph(IReadOnlyList<WordBlock> blocks, int table)
    {
        for (var b = table - 1; b >= 0; b--)
        {
            if (blocks[b] is not WordParagraph paragraph)
            {
                return -1;
            }

            if (!paragraph.IsEmpty)
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a numbered paragraph now may be a section heading: not inside an unfinished approval
    /// stamp. A title lacking its period stays unfinished, yet no line of a title starts with «1. Xxx».
    /// </summary>
    private bool TitleDone() => _title.Count > 0 || _approval.Count == 0 || ApprovalDone();

    private bool ApprovalDone() => ApprovalStamp.IsComplete([.. _approval.Select(a => a.Text)]);

    private bool TitleOpen() => _title.Count > 0 && !DocumentTitle.IsComplete(Joined(_title));

    private void Before(WordBlock block)
    {
        switch (block)
        {
            case WordParagraph paragraph when !paragraph.IsEmpty:
                Heading(paragraph.Text, DocumentPlace.Paragraph(paragraph.Number));
                break;
            case WordTable table:
                // An approval stamp or a title laid out in a table reads the same as in paragraphs.
                foreach (var row in table.Rows)
                {
                    BeforeRow(table, row);
                }

                break;
        }
    }

    private void BeforeRow(WordTable table, WordRow row)
    {
        foreach (var cell in row.Cells.Where(c => !c.IsEmpty && !c.MergedFromAbove))
        {
            foreach (var paragraph in cell.Paragraphs().Where(p => !p.IsEmpty))
            {
                Heading(paragraph.Text, DocumentPlace.Cell(table, row, cell));
            }
        }
    }

    /// <summary>A paragraph before the table: part of the approval stamp, part of the title, or reported.</summary>
    private void Heading(string raw, string place)
    {
        var text = Typography.Untie(raw).Trim();
        if (text.Contains('\n', StringComparison.Ordinal) && ((_approvalOpen && !ApprovalDone()) || (_approval.Count == 0 && !TitleOpen() && ApprovalStamp.IsStart(text))))
        {
            // A stamp typed as lines of one paragraph (Shift+Enter) reads as one of paragraphs.
            foreach (var line in text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                Heading(line, place);
            }

            return;
        }

        if (_approvalOpen && !ApprovalDone() && !DocumentTitle.IsStart(text))
        {
            _approval.Add((text, place));
        }
        else if (_approval.Count == 0 && !TitleOpen() && ApprovalStamp.IsStart(text))
        {
            // The stamp is usually above the title, but some producers put it after (or beside) it.
            _approvalOpen = true;
            _approval.Add((text, place));
        }
        else if (_title.Count == 0 && DocumentTitle.IsStart(text))
        {
            _approvalOpen = false;
            _title.Add((text, place));
        }
        else if (TitleOpen())
        {
            _title.Add((text, place));
        }
        else
        {
            _log.NotImported(place, text, Localized.Text(
                "text before the table that is neither the approval stamp nor the title",
                "текст перед таблицей, не относящийся ни к грифу утверждения, ни к заголовку"));
        }
    }

    private DocumentTitle? FinishTitle() => _title.Count == 0 ? null : DocumentTitle.Parse(Joined(_title));

    private ApprovalBlock? FinishApproval() => _approval.Count == 0 ? null : ApprovalStamp.Parse(_approval, _log);

    private static string Joined(List<(string Text, string Place)> parts) => string.Join(' ', parts.Select(p => p.Text));

    private void WarnUnknownColumns(WordTable table, WordRow header, ColumnKind[] columns)
    {
        foreach (var cell in header.Cells.Where(c => c.Column < columns.Length && columns[c.Column] == ColumnKind.Unknown && !c.IsEmpty))
        {
            var name = DocumentPlace.Excerpt(PlainText.Of(cell.Paragraphs()));
            _log.Warning(DiagnosticCodes.UnknownColumn, DocumentPlace.Cell(table, header, cell), Localized.Text(
                $"the column {name} names no field of a plan; its cells are reported and not imported",
                $"столбец {name} не соответствует ни одному полю плана; его ячейки не перенесены, о каждой выдано предупреждение"));
        }
    }

    /// <summary>
    /// The organisation: the file's author when the title names it (this library writes it there),
    /// otherwise the body named at the end of the title («… в Администрации X» → «Администрация X»),
    /// otherwise none: an author the title does not name is a person or a program, not the organisation.
    /// </summary>
    private string Organisation(string? creator, string subject)
    {
        if (!string.IsNullOrWhiteSpace(creator) && OrganisationName.Matches(creator, subject))
        {
            return creator.Trim();
        }

        if (OrganisationName.FromSubject(subject) is { } derived)
        {
            var name = DocumentPlace.Excerpt(derived);
            _log.Warning(DiagnosticCodes.OrganisationDerived, DocumentPlace.Title, Localized.Text(
                $"the organisation is not stated; derived from the title as {name}; check it",
                $"организация не указана; определена по заголовку: {name}; проверьте"));
            return derived;
        }

        // The file's author is a Word property (often «user»), not an organisation: the field stays
        // empty and validation asks for it.
        return string.Empty;
    }

    /// <summary>
    /// Whether the file's properties are this library's: its own file, or one a word processor saved
    /// again (LibreOffice and Word keep the author and creation date, not the application name) whose
    /// author is the organisation the title names. Then a whole-day creation date is the document date.
    /// </summary>
    private static bool AuthorIsOrganisation(string? creator, string subject, bool ours) =>
        ours || (!string.IsNullOrWhiteSpace(creator) && OrganisationName.Matches(creator, subject));

    /// <summary>The file's creation date when it is a whole day (as this library writes the document date); a save time is no document date.</summary>
    private static string? DocumentDate(DateTime? created) =>
        created is { } stamp && (stamp.Kind == DateTimeKind.Local ? stamp.ToUniversalTime() : stamp) is var value && value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : null;

    /// <summary>Validation findings with the place of the row they concern, so a reader finds it in the Word file.</summary>
    private IEnumerable<Diagnostic> Located(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<SectionDraft> sections)
    {
        foreach (var diagnostic in diagnostics)
        {
            var place = PlaceOf(diagnostic.Path, sections);
            yield return diagnostic with { Source = _log.Source, Message = place is null ? diagnostic.Message : $"{diagnostic.Message} ({place})" };
        }
    }

    private static string? PlaceOf(string path, IReadOnlyList<SectionDraft> sections)
    {
        const string Prefix = "$.sections[";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf(']', Prefix.Length);
        if (end < 0 || !int.TryParse(path.AsSpan(Prefix.Length, end - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s >= sections.Count)
        {
            return null;
        }

        const string ItemPrefix = ".items[";
        if (string.CompareOrdinal(path, end + 1, ItemPrefix, 0, ItemPrefix.Length) == 0)
        {
            var itemEnd = path.IndexOf(']', end + 1 + ItemPrefix.Length);
            if (itemEnd > 0 && int.TryParse(path.AsSpan(end + 1 + ItemPrefix.Length, itemEnd - end - 1 - ItemPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sections[s].Items.Count)
            {
                return sections[s].Items[i].Place;
            }
        }

        return sections[s].Place;
    }
}
