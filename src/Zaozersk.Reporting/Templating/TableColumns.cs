using Zaozersk.Reporting.Model;

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
            columns.Add(new("indicator", "Показатель (индикатор)", "30mm"));
        }

        if (expected)
        {
            columns.Add(new("expected_result", "Ожидаемый результат", "2*"));
        }

        columns.Add(new("responsible", "Ответственные исполнители", report || execution ? "2*" : "2.5*"));
        // With more columns the shares shrink; the narrow ones get fixed widths that still hold their bold titles.
        columns.Add(new("deadline", "Срок исполнения", optional ? "30mm" : report || execution ? "1.4*" : "1.5*"));
        if (execution)
        {
            columns.Add(new("execution", report ? "Информация об исполнении" : "Отметка об исполнении", crowded ? "3.4*" : "4*"));
        }

        if (note)
        {
            columns.Add(new("note", "Примечание", "28mm"));
        }

        return columns;
    }
}
