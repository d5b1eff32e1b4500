namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>Every PDF the library writes by default is a valid PDF/A-1b, by Apache PDFBox Preflight.</summary>
public sealed class PdfAConformanceTests
{
    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void Preflight_finds_every_document_a_valid_PDF_A_1b()
    {
        var documents = ConformanceDocuments.All;

        var verdicts = Preflight.Check(documents);

        Assert.Equal(documents.Count, verdicts.Count);
        Assert.All(verdicts, v => Assert.True(v.Errors is null, $"{v.Name}: {v.Errors}"));
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void A_report_of_5000_measures_stays_within_PDF_A_1s_array_limit()
    {
        // 2,000 pages and as many links: one parent tree or one table body would pass the 8,191 elements PDF/A-1 allows an array.
        var pdf = ConformanceDocuments.Render(ConformanceDocuments.Repeated(5_000));

        var verdict = Preflight.Check([("report-5000", pdf)]).Single();

        Assert.True(verdict.Errors is null, verdict.Errors);
        Assert.True(Interop.ExternalTools.PageCount(pdf) > 2_000);
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void Preflight_rejects_the_plain_PDF_so_the_check_can_fail()
    {
        var plain = ConformanceDocuments.Render(Seed.SeedVariant.Seed, PdfConformance.None);

        var verdict = Preflight.Check([("seed-plain", plain)]).Single();

        Assert.NotNull(verdict.Errors);
        Assert.Contains("pdfa", verdict.Errors, StringComparison.OrdinalIgnoreCase);
    }
}
