using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>A real Word-format client opens our DOCX: LibreOffice converts the seed report, and every cell is there, in order.</summary>
[Trait(TestTraits.Speed, TestTraits.Slow)]
public sealed class LibreOfficeDocxTests
{
    [Fact]
    public void LibreOffice_renders_every_seed_cell_in_order()
    {
        var seed = TestData.Seed;
        var pdf = ExternalTools.LibreOfficePdf(TestData.SeedReportDocx(), "seed-report");

        var text = ExternalTools.PdfText(pdf);

        SeedTextOrder.AssertAllInOrder(seed, text);
        Assert.Contains("ОТЧЕТ", text, StringComparison.Ordinal);
        Assert.True(ExternalTools.PageCount(pdf) > 10);
    }
}
