using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Tests.Interop;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>
/// The same report made by pandoc (from Markdown and from HTML) and by LibreOffice (from FODT) in the
/// layouts municipalities publish (issue 24): each imports with no error, so it validates; renders to
/// DOCX and PDF; every string of its table cells is in the JSON or in a printed warning; and number,
/// title, deadline, responsible, status and execution hold the right values.
/// </summary>
public sealed class ProducedReportTests
{
    /// <summary>A produced file: its path and its import.</summary>
    private sealed record Produced(string Docx, ImportResult Imported);

    private static async Task<Produced> Produce(Producer producer, string folder)
    {
        var (name, text) = ProducedReport.Source(producer, ImagesAndNotesTests.Png);
        var source = Path.Combine(folder, name);
        await File.WriteAllTextAsync(source, text);
        await File.WriteAllBytesAsync(Path.Combine(folder, "pic.png"), ImagesAndNotesTests.Png);
        var docx = Path.Combine(folder, "report.docx");
        var (code, output, error) = producer is Producer.PandocMarkdown or Producer.PandocHtml
            ? ExternalTools.Run("pandoc", ["-f", producer == Producer.PandocMarkdown ? "markdown" : "html", "-t", "docx", "-o", docx, name], folder)
            : ExternalTools.Run("soffice", ["-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, source], folder);
        Assert.True(code == 0 && File.Exists(docx), $"{producer} did not make the DOCX: {output}{error}");
        return new Produced(docx, await new DocumentImporter().ImportAsync(docx));
    }

    public static TheoryData<Producer> Producers => [.. Enum.GetValues<Producer>()];

    [Theory]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    [MemberData(nameof(Producers))]
    public async Task A_report_made_by_another_program_imports_validates_renders_and_keeps_every_value(Producer producer)
    {
        using var folder = new TempFolder("zr-produced-");
        var (docx, imported) = await Produce(producer, folder);

        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
        var document = imported.Document!;
        Assert.Equal((DocumentKind.Report, ProducedReport.Organisation, ProducedReport.Subject), (document.Kind, document.Organisation, document.PlanSubject));
        Assert.Equal((2025, 2027, 2025), (document.PlanPeriod.From, document.PlanPeriod.To, document.ReportPeriod!.Year));
        Assert.Equal(ProducedReport.Sections.Select(s => (s.Number, s.Title)), document.Sections.Select(s => (s.Number, s.Title)));
        var delimiter = producer == Producer.PandocHtml ? "." : ")";
        Assert.Equal(
            ProducedReport.Sections.SelectMany(s => s.Measures).Select(m => (m.Number, ProducedReport.MeasureText(m, delimiter), m.Responsible, m.Deadline, (string?)m.Execution, (MeasureStatus?)m.Status)),
            document.Sections.SelectMany(s => s.Items).Select(i => (i.Number, i.Measure, string.Join('\n', i.Responsible), i.Deadline, i.Execution, i.Status)));
        Assert.Equal([(ProducedReport.SignatoryPosition, ProducedReport.Signatory)], document.Signatories.Select(s => (s.Position, s.Name)));
        Assert.Equal(("Иванова Мария Сергеевна", "8 (81556) 2-11-09"), (document.Executor!.Name, document.Executor.Phone));
        var approval = document.Approval!;
        Assert.Equal(
            producer == Producer.LibreOfficeHeadings
                ? ("УТВЕРЖДЕН", "постановлением администрации Озерного сельского поселения", "12.01.2026", "15", null, null)
                : ("УТВЕРЖДАЮ", string.Empty, "15.01.2026", (string?)null, ProducedReport.SignatoryPosition, ProducedReport.Signatory),
            (approval.Heading, approval.Act, approval.Date, approval.Number, approval.Position, approval.Signer));

        // What the JSON cannot hold is reported where it was.
        var warnings = imported.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Path + ": " + d.Message).ToList();
        Assert.Contains(warnings, w => w.Contains("a picture in measure 3.1 is not imported", StringComparison.Ordinal));
        if (producer != Producer.PandocHtml)
        {
            Assert.Contains(warnings, w => w.Contains("footnote 1 to measure 2.1; not imported: «" + ProducedReport.Footnote + "»", StringComparison.Ordinal));
        }

        if (producer != Producer.LibreOfficeHeadings)
        {
            Assert.Contains(warnings, w => w.Contains("a reviewer's comment; not imported: «" + ProducedReport.Comment, StringComparison.Ordinal));
        }

        AssertEveryCellStringKept(docx, document, warnings);
        foreach (var format in new[] { OutputFormat.Docx, OutputFormat.Pdf })
        {
            using var rendered = new MemoryStream();
            await new DocumentRenderer().RenderAsync(document, format, rendered);
            Assert.True(rendered.Length > 1000);
        }
    }

    [Theory]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    [InlineData(Producer.LibreOfficeRows)]
    [InlineData(Producer.LibreOfficeHeadings)]
    public async Task Landscape_parts_between_portrait_ones_are_page_layout_not_content(Producer producer)
    {
        using var folder = new TempFolder("zr-produced-");
        var (docx, imported) = await Produce(producer, folder);

        using (var word = WordprocessingDocument.Open(docx, false))
        {
            // The orientation really changes inside the document: a section break in a paragraph, landscape and portrait parts.
            var sections = word.MainDocumentPart!.Document!.Body!.Descendants<SectionProperties>().ToList();
            Assert.True(sections.Count >= 2, $"{sections.Count} sections");
            Assert.Contains(sections, s => s.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape);
            Assert.Contains(sections, s => s.GetFirstChild<PageSize>()?.Orient?.Value != PageOrientationValues.Landscape);
        }

        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
        Assert.Equal(4, imported.Document!.Sections.Sum(s => s.Items.Count));
    }

    /// <summary>Header labels, ticks and status words are structure: they set the columns and the status.</summary>
    private static bool IsStructure(string text) =>
        ProducedReport.Header.Contains(text) || text is "+" or "Исполнено" or "Не исполнено";

    /// <summary>Every paragraph of every table cell is in the JSON (a section row as «N. Title», a date as written) or starts a printed warning's excerpt.</summary>
    private static void AssertEveryCellStringKept(string docx, PlanDocument document, IReadOnlyList<string> warnings)
    {
        var strings = new List<string>();
        Collect(JsonDocument.Parse(PlanDocumentJson.Serialize(document)).RootElement, strings);
        strings.AddRange(document.Sections.Select(s => s.Number + ". " + s.Title));
        var json = Normal(string.Join('\n', strings));
        var said = warnings.Select(Normal).ToList();
        using var word = WordprocessingDocument.Open(docx, false);
        var cells = word.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().SelectMany(c => c.Elements<Paragraph>())
            .Select(p => Normal(string.Concat(p.Descendants<Text>().Select(t => t.Text)))).Where(t => t.Length > 0).ToList();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            // The approval's date and number are values written another way: «15» января 2026 г. → 15.01.2026.
            var written = cell == "«15» января 2026 г." ? "15.01.2026" : cell;
            var act = cell == "от 12.01.2026 № 15" && document.Approval is { Date: "12.01.2026", Number: "15" };
            Assert.True(
                IsStructure(cell) || act || json.Contains(written, StringComparison.Ordinal) || said.Any(w => w.Contains(cell[..Math.Min(cell.Length, 40)], StringComparison.Ordinal)),
                $"the cell text «{cell}» is neither in the JSON nor in a warning");
        }
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
        }
    }

    /// <summary>One line, single spaces, no signature-line underscores.</summary>
    private static string Normal(string text) => string.Join(' ', text.Replace('_', ' ').Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
