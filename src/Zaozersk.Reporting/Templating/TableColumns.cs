namespace Zaozersk.Reporting.Templating;

/// <summary>
/// The columns of the official plan or report table for one document. The fixed ones always print;
/// each optional field gets its column only when some measure uses it, so no value is dropped and
/// no column is printed empty. Widths are shares of A4 landscape after the number column, chosen so
/// that the long texts (measure, execution) keep the most room however many columns are added.
/// </summary>
internal static class TableColumns
{
    /// <summary>One printed column: its key (which field fills it), its header and its width in markup units.</summary>
    public sealed record Column(string Key, string Title, string Width);

    public static IReadOnlyList<Column> For(PlanDocument document)
    {
        var items = document.Sections.SelectMany(s => s.Items).ToList();
        var indicator = items.Any(i => !string.IsNullOrEmpty(i.Indicator));
        var expected = items.Any(i => !string.IsNullOrEmpty(i.ExpectedResult));
        var note = items.Any(i => !string.IsNullOrEmpty(i.Note));
        var report = document.Kind == DocumentKind.Report;

        // A plan has no execution column, unless its measures carry execution text or a status mark.
        var execution = report || items.Any(i => !string.IsNullOrEmpty(i.Execution) || i.Status is not null);
        var optional = indicator || expected || note;
        var crowded = (indicator ? 1 : 0) + (expected ? 1 : 0) + (note ? 1 : 0) >= 2;

        var columns = new List<Column>
        {
            new("number", "№ п/п", "12mm"),
            new("measure", "Наименование мероприятия", report || execution ? "3*" : "4*"),
        };
        if (indicator)
        {
            columns.Add(new("indicator", "Показатель (индикатор)", "34mm"));
        }

        if (expected)
        {
            columns.Add(new("expected_result", "Ожидаемый результат", "2*"));
        }

        // «Ответственные» in bold 12 pt needs about 30 mm of text width: never less when columns crowd in.
        columns.Add(new("responsible", "Ответственные исполнители", optional ? "36mm" : report || execution ? "2*" : "2.5*"));
        // With more columns the shares shrink; the narrow ones get fixed widths that still hold their bold titles.
        columns.Add(new("deadline", "Срок исполнения", optional ? "30mm" : report || execution ? "1.4*" : "1.5*"));
        if (execution)
        {
            // A plan's mark column holds a word or two; a report's execution text is the longest of all.
            columns.Add(new("execution", report ? "Информация об исполнении" : "Отметка об исполнении", !report ? "2*" : crowded ? "3.4*" : "4*"));
        }

        if (note)
        {
            columns.Add(new("note", "Примечание", "28mm"));
        }

        return columns;
    }
}
