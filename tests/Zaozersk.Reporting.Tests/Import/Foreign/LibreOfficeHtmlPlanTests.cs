using System.Text;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>
/// A plan published as HTML and converted by LibreOffice (another producer than Word): section
/// headings as «h2» or bold paragraphs between separate tables, a numbered list inside a cell.
/// </summary>
public sealed class LibreOfficeHtmlPlanTests
{
    private static string Html(bool headingElements)
    {
        string Heading(string text) => headingElements ? $"<h2>{text}</h2>" : $"<p align=\"center\"><b>{text}</b></p>";
        const string Header = "<tr><th>№ п/п</th><th>Наименование мероприятия</th><th>Ответственный исполнитель</th><th>Срок исполнения</th></tr>";
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>")
            .Append("<p align=\"center\"><b>ПЛАН</b></p><p align=\"center\"><b>мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2025–2027 годы</b></p>")
            .Append(Heading("1. Организационные меры"))
            .Append("<table border=\"1\">").Append(Header)
            .Append("<tr><td>1.1</td><td>Проведение заседаний комиссии</td><td>Заместитель главы администрации</td><td>ежеквартально</td></tr>")
            .Append("<tr><td>1.2</td><td><p>Актуализация перечня должностей:</p><ol><li>с коррупционными рисками;</li><li>с обязанностью представлять сведения о доходах.</li></ol></td><td>Специалист по кадрам</td><td>до 1 марта</td></tr>")
            .Append("</table>")
            .Append(Heading("2. Антикоррупционное просвещение"))
            .Append("<table border=\"1\"><tr><td>2.1</td><td>Обучение муниципальных служащих</td><td>Специалист по кадрам</td><td>в течение года</td></tr></table>")
            .Append("<p>Глава поселения\t\tА.В. Петров</p>")
            .Append("</body></html>");
        return html.ToString();
    }

    [Theory]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Headings_between_tables_and_a_numbered_list_in_a_cell_import_validate_and_render(bool headingElements)
    {
        using var folder = new TempFolder("zr-lo-html-");
        var input = Path.Combine(folder, "plan.html");
        await File.WriteAllTextAsync(input, Html(headingElements));
        var (code, output, error) = Interop.ExternalTools.Run("soffice", ["-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, input]);
        Assert.True(code == 0 && File.Exists(Path.Combine(folder, "plan.docx")), output + error);

        var imported = await new DocumentImporter().ImportAsync(Path.Combine(folder, "plan.docx"));

        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported && d.Message.Contains("Антикоррупционное", StringComparison.Ordinal));
        var document = imported.Document!;
        Assert.Equal([("1", "Организационные меры"), ("2", "Антикоррупционное просвещение")], document.Sections.Select(s => (s.Number, s.Title)));
        Assert.Equal(["1.1", "1.2", "2.1"], document.Sections.SelectMany(s => s.Items).Select(i => i.Number));
        Assert.Equal("Актуализация перечня должностей:\n1. с коррупционными рисками;\n2. с обязанностью представлять сведения о доходах.", document.Sections[0].Items[1].Measure);
        Assert.Equal("Администрация Озерного сельского поселения", document.Organisation);
        foreach (var format in new[] { OutputFormat.Docx, OutputFormat.Pdf })
        {
            using var rendered = new MemoryStream();
            await new DocumentRenderer().RenderAsync(document, format, rendered);
            Assert.True(rendered.Length > 1000);
        }
    }
}
