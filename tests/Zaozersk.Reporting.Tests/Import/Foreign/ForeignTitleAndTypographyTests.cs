using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Import;
using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>Report titles under other names, and hyphenation points dropped on import (issue 24, item 5).</summary>
public sealed class ForeignTitleAndTypographyTests
{
    [Theory]
    [InlineData("ИНФОРМАЦИЯ о ходе выполнения Плана мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2024–2026 годы за 2024 год")]
    [InlineData("Информация об исполнении плана мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2024-2026 годы за 2024 год")]
    [InlineData("ОТЧЁТ о ходе реализации плана мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2024–2026 годы за 2024 год")]
    public void A_report_titled_information_or_report_on_progress_reads_its_subject_and_periods(string text)
    {
        Assert.True(DocumentTitle.IsStart(text));
        Assert.True(DocumentTitle.IsComplete(text));

        var title = DocumentTitle.Parse(text)!;

        Assert.Equal(DocumentKind.Report, title.Kind);
        Assert.Equal("мероприятий по противодействию коррупции в администрации Озерного сельского поселения", title.Subject);
        Assert.Equal((2024, 2026), (title.PlanPeriod!.From, title.PlanPeriod.To));
        Assert.Equal((ReportPeriodKind.Year, 2024), (title.ReportPeriod!.Kind, title.ReportPeriod.Year));
    }

    [Theory]
    [InlineData("Информация для граждан")]
    [InlineData("ИНФОРМАЦИЯ")]
    public void Information_not_followed_by_o_or_ob_is_no_title(string text) => Assert.False(DocumentTitle.IsStart(text));

    [Fact]
    public async Task Soft_hyphens_word_writes_or_a_user_typed_are_dropped_from_the_imported_text()
    {
        var measure = new Paragraph(
            new Run(new Text("Антикоррупцион")),
            new Run(new SoftHyphen()),
            new Run(new Text("ная экс\u00ADпертиза проектов") { Space = SpaceProcessingModeValues.Preserve }));
        var table = T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "", "Юрист", "постоянно"]);
        var cell = table.Elements<TableRow>().Last().Elements<TableCell>().ElementAt(1);
        cell.RemoveAllChildren<Paragraph>();
        cell.Append(measure);
        var docx = Create(P("ПЛАН мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2025–2027 годы"), table);

        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(docx), "plan.docx");

        Assert.Equal("Антикоррупционная экспертиза проектов", imported.Document!.Sections[0].Items[0].Measure);
        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
    }
}
