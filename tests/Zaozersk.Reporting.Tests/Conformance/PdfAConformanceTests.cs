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
    public void Preflight_rejects_the_plain_PDF_so_the_check_can_fail()
    {
        var plain = ConformanceDocuments.Render(Seed.SeedVariant.Seed, PdfConformance.None);

        var verdict = Preflight.Check([("seed-plain", plain)]).Single();

        Assert.NotNull(verdict.Errors);
        Assert.Contains("pdfa", verdict.Errors, StringComparison.OrdinalIgnoreCase);
    }
}
