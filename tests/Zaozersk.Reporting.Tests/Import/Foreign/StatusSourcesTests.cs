using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>A status column and a status sentence in the execution cell: the column wins, a disagreement is a warning naming both, no text is removed (issue 24, item 4).</summary>
public sealed class StatusSourcesTests
{
    private static readonly string[] Header = ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Информация об исполнении", "Отметка о выполнении"];

    private const string Title = "ОТЧЕТ об исполнении Плана мероприятий в администрации Озерного сельского поселения на 2024–2026 годы за 2024 год";

    private static async Task<ImportResult> Import(string execution, string mark) =>
        await new DocumentImporter().ImportAsync(new MemoryStream(Create(P(Title), T(6, Header, [">61. Организационные меры"], ["1.1", "Заседания комиссии", "Глава", "постоянно", execution, mark]))), "report.docx");

    [Fact]
    public async Task A_sentence_that_disagrees_with_the_column_stays_in_the_text_and_both_are_named()
    {
        var imported = await Import("Срок не наступил.", "Исполнено");

        var item = imported.Document!.Sections[0].Items[0];
        Assert.Equal(MeasureStatus.Done, item.Status);
        Assert.Equal("Срок не наступил.", item.Execution);
        var warning = Assert.Single(imported.Diagnostics, d => d.Code == DiagnosticCodes.StatusDisagrees);
        Assert.Contains("«Исполнено»", warning.Message, StringComparison.Ordinal);
        Assert.Contains("«Срок не наступил.»", warning.Message, StringComparison.Ordinal);
        Assert.Equal("table 1, row 3", warning.Path);
    }

    [Fact]
    public async Task A_sentence_that_agrees_with_the_column_is_the_status_with_no_warning()
    {
        var imported = await Import("Исполнено", "исполнено");

        var item = imported.Document!.Sections[0].Items[0];
        Assert.Equal(MeasureStatus.Done, item.Status);
        Assert.Equal(string.Empty, item.Execution);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.StatusDisagrees);
    }

    [Fact]
    public async Task An_empty_status_column_leaves_the_sentence_as_the_status()
    {
        var imported = await Import("Срок не наступил.", string.Empty);

        Assert.Equal(MeasureStatus.NotDue, imported.Document!.Sections[0].Items[0].Status);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.StatusDisagrees);
    }
}

/// <summary>The two-row header «Отметка о выполнении» over «выполнено | не выполнено» with ticks (issue 24, item 5).</summary>
public sealed class StatusTickColumnsTests
{
    private const string Title = "ОТЧЕТ об исполнении Плана мероприятий в администрации Озерного сельского поселения на 2024–2026 годы за 2024 год";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_tick_under_done_or_not_done_is_the_status_and_the_report_validates_and_renders(bool executionColumn)
    {
        string[] header = executionColumn
            ? ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Информация об исполнении", ">2Отметка о выполнении"]
            : ["№ п/п", "Мероприятие", "Исполнитель", "Срок", ">2Отметка о выполнении"];
        var columns = executionColumn ? 7 : 6;
        string[] Row(string number, string measure, string execution, string done, string notDone) =>
            executionColumn ? [number, measure, "Глава", "постоянно", execution, done, notDone] : [number, measure, "Глава", "постоянно", done, notDone];
        var docx = Create(
            P(Title),
            T(columns,
                header,
                executionColumn ? ["", "", "", "", "", "выполнено", "не выполнено"] : ["", "", "", "", "выполнено", "не выполнено"],
                [">" + columns + "1. Организационные меры"],
                Row("1.1", "Заседания комиссии", "Проведено 4 заседания.", "+", ""),
                Row("1.2", "Обучение служащих", "Обучение перенесено.", "", "х"),
                Row("1.3", "Памятки", "Размещены.", "V", "")));

        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "report.docx");

        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
        var items = imported.Document!.Sections[0].Items;
        Assert.Equal([MeasureStatus.Done, MeasureStatus.NotDone, MeasureStatus.Done], items.Select(i => i.Status!.Value));
        Assert.Equal(executionColumn ? ["Проведено 4 заседания.", "Обучение перенесено.", "Размещены."] : ["", "", ""], items.Select(i => i.Execution));
        foreach (var format in new[] { OutputFormat.Docx, OutputFormat.Pdf })
        {
            using var output = new MemoryStream();
            await new DocumentRenderer().RenderAsync(imported.Document, format, output);
            Assert.True(output.Length > 1000);
        }
    }

    [Fact]
    public async Task Ticks_in_both_columns_are_reported_and_set_no_status()
    {
        var docx = Create(
            P(Title),
            T(7,
                ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Информация об исполнении", ">2Отметка о выполнении"],
                ["", "", "", "", "", "выполнено", "не выполнено"],
                [">71. Организационные меры"],
                ["1.1", "Заседания комиссии", "Глава", "постоянно", "Проведено.", "+", "+"]));

        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "report.docx");

        Assert.Null(imported.Document!.Sections[0].Items[0].Status);
        Assert.Equal(2, imported.Diagnostics.Count(d => d.Code == DiagnosticCodes.TextNotImported && d.Message.Contains("«+»", StringComparison.Ordinal)));
    }
}
