using Xunit.Abstractions;
using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>
/// Page for page: our PDF against LibreOffice's PDF of our own DOCX. The figures are printed for
/// the record; the floors are what the layout reaches today (rows carry their border, table parts
/// their 1 pt spacers), so a change that loses agreement fails here.
/// </summary>
public sealed class PageParityTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_report_has_LibreOffices_page_count_and_most_of_its_page_breaks()
    {
        var (docx, pdf) = CorpusRendering.Render(SeedVariant.Seed);

        var result = PageParity.Compare(pdf, ExternalTools.LibreOfficePdf(docx, "seed-parity"));

        output.WriteLine($"seed report: {result}");
        Assert.Equal(result.TheirPages, result.OurPages);
        Assert.True(result.Share >= 0.5, result.ToString());
    }

    [Theory]
    [MemberData(nameof(FixtureCorpus.Names), MemberType = typeof(FixtureCorpus))]
    public void Fixture_has_LibreOffices_page_count_and_page_breaks(string name)
    {
        var (docx, pdf) = CorpusRendering.Of(name);

        var result = PageParity.Compare(pdf, ExternalTools.LibreOfficePdf(docx, name));

        output.WriteLine($"{name}: {result}");
        Assert.Equal(result.TheirPages, result.OurPages);

        // Long cells split across many pages still disagree on the line a row splits at.
        Assert.True(result.Share >= (name == "report-quarter-long-cells" ? 0.6 : 0.95), result.ToString());
    }
}
