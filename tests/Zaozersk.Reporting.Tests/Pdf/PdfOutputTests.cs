using UglyToad.PdfPig;
using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Pdf;
using Zaozersk.Reporting.Tests.Docx;
using Zaozersk.Reporting.Tests.Interop;
using Zaozersk.Reporting.Tests.Seed;
using Zaozersk.Reporting.Tests.Snapshots;

namespace Zaozersk.Reporting.Tests.Pdf;

/// <summary>The seed report and plan as PDF, checked with real readers: qpdf, poppler, PdfPig, and against LibreOffice's rendering of our DOCX.</summary>
public sealed class PdfOutputTests
{
    private static readonly PlanDocument Seed = TestData.Seed;
    private static readonly Lazy<byte[]> SeedReport = new(() => Render(Seed));

    private static byte[] Render(PlanDocument document) => PdfDocumentWriter.Write(Paginator.Paginate(DocumentComposer.Compose(document))).ToArray();

    private static string WriteTemp(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zr-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        return file;
    }

    [Fact]
    public void Qpdf_finds_nothing_to_report()
    {
        var file = WriteTemp(SeedReport.Value);
        try
        {
            var (code, output, error) = ExternalTools.Run("qpdf", ["--check", file]);

            Assert.True(code == 0, output + error);
            Assert.DoesNotContain("WARNING", output + error, StringComparison.Ordinal);
            Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Pdffonts_shows_only_embedded_subsets()
    {
        var file = WriteTemp(SeedReport.Value);
        try
        {
            var (code, output, _) = ExternalTools.Run("pdffonts", [file]);

            Assert.Equal(0, code);
            var fonts = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            Assert.Equal(2, fonts.Count);
            Assert.All(fonts, line =>
            {
                Assert.Matches(@"^[A-Z]{6}\+Liberation Serif", line);
                Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+0\s*$", line);
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Pdftotext_reads_every_seed_cell_in_order()
    {
        SeedTextOrder.AssertAllInOrder(Seed, ExternalTools.PdfText(SeedReport.Value));
    }

    [Fact]
    public void PdfPig_reads_it_back_with_metadata_outline_and_links()
    {
        using var document = PdfDocument.Open(SeedReport.Value);

        Assert.Equal("Администрация ЗАТО город Заозерск", document.Information.Author);
        Assert.StartsWith("Отчет об исполнении Плана мероприятий", document.Information.Title, StringComparison.Ordinal);
        // The library's one version (Directory.Build.props), as the package and the host show it.
        var version = "Zaozersk.Reporting " + typeof(DocumentRenderer).Assembly.GetName().Version!.ToString(3);
        Assert.Equal(version, document.Information.Creator);
        Assert.Contains(version, document.Information.Producer, StringComparison.Ordinal);
        Assert.Contains("ОТЧЕТ", document.GetPage(1).Text, StringComparison.Ordinal);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(Seed.Sections.Select(s => $"{s.Number}. {s.Title}"), bookmarks.Roots.Select(b => b.Title));
        var links = document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).ToList();
        Assert.Contains("http://www.zatozaozersk.ru/protivodeystvie-korrupcii/", links);
        Assert.True(links.Count >= 11);
    }

    [Fact]
    public void Is_smaller_than_200_KB_and_A4_landscape()
    {
        Assert.True(SeedReport.Value.Length < 200 * 1024, $"{SeedReport.Value.Length} bytes");
        using var document = PdfDocument.Open(SeedReport.Value);
        Assert.All(document.GetPages(), p => Assert.Equal((842, 595), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void Page_count_is_within_one_of_LibreOffice_rendering_our_DOCX()
    {
        var ours = ExternalTools.PageCount(SeedReport.Value);
        var libreOffice = ExternalTools.PageCount(ExternalTools.LibreOfficePdf(TestData.SeedReportDocx(), "seed-report"));

        Assert.True(Math.Abs(ours - libreOffice) <= 1, $"our PDF has {ours} pages, LibreOffice's rendering of the DOCX {libreOffice}");
    }

    [Fact]
    public void Seed_report_snapshot_with_its_text_twin()
    {
        var pdf = SeedReport.Value;

        Snapshot.VerifyText(PdfText.Of(pdf), suffix: "text");
        Snapshot.VerifyBinary(pdf, "pdf");
    }

    [Fact]
    public void Seed_plan_snapshot_with_its_text_twin()
    {
        var pdf = Render(DocxOutputTests.SeedPlan);

        Snapshot.VerifyText(PdfText.Of(pdf), suffix: "text");
        Snapshot.VerifyBinary(pdf, "pdf");
    }

    [Fact]
    public void Same_document_gives_the_same_bytes_within_a_process()
    {
        Assert.Equal(SeedReport.Value, Render(Seed));
    }

    [Fact]
    public void Two_processes_with_different_time_zones_and_languages_write_identical_bytes()
    {
        var first = Sample.SampleHostProcess.RenderSeed("pdf", "Asia/Vladivostok", "ru_RU.UTF-8");
        var second = Sample.SampleHostProcess.RenderSeed("pdf", "America/Los_Angeles", "en_US.UTF-8");

        Assert.Equal(first, second);
        Assert.Equal(SeedReport.Value, first);
    }

    [Fact]
    public void Dates_come_from_the_input()
    {
        using var document = PdfDocument.Open(Render(Seed with { Date = "30.01.2023" }));

        Assert.Equal("D:20230130000000Z", document.Information.CreationDate);
    }
}
