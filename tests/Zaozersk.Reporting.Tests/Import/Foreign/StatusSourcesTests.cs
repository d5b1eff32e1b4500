using Zaozersk.Reporting.Diagnostics;
using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Model;
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
