using Xunit.Abstractions;
using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>
/// Page for page: our PDF against LibreOffice's PDF of our own DOCX. The figures are printed for
/// the record. Targets: equal page counts everywhere, every page of the seed, at least 95 % of the
/// pages of every fixture (one line broken differently moves every page after it).
/// </summary>
public sealed class PageParityTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_report_has_LibreOffices_page_count_and_every_page_break()
    {
        var (docx, pdf) = CorpusRendering.Render(SeedVariant.Seed);

        var result = PageParity.Compare(pdf, ExternalTools.LibreOfficePdf(docx, "seed-parity"));

        output.WriteLine($"seed report: {result}");
        Assert.Equal(result.TheirPages, result.OurPages);
        Assert.True(result.Share >= 1.0, result.ToString());
    }

    [Theory]
    [MemberData(nameof(FixtureCorpus.Names), MemberType = typeof(FixtureCorpus))]
    public void Fixture_has_LibreOffices_page_count_and_page_breaks(string name)
    {
        var (docx, pdf) = CorpusRendering.Of(name);

        var result = PageParity.Compare(pdf, ExternalTools.LibreOfficePdf(docx, name));

        output.WriteLine($"{name}: {result}");
        Assert.Equal(result.TheirPages, result.OurPages);
        Assert.True(result.Share >= 0.95, result.ToString());
    }
}
