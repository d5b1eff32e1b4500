using Xunit.Abstractions;
using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>
/// Page for page: our PDF against LibreOffice's PDF of our own DOCX. The figures are printed for
/// the record. Targets: equal page counts everywhere, every page of the seed, at least 95 % of the
/// pages of every fixture (one line broken differently moves every page after it).
/// </summary>
[Trait(TestTraits.Speed, TestTraits.Slow)]
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

    [Fact]
    public void Seed_report_with_the_whole_header_repeated_has_every_page_break()
    {
        var (docx, pdf) = Render(SeedVariant.Seed, new RenderSettings { RepeatFullHeader = true });

        var result = PageParity.Compare(pdf, ExternalTools.LibreOfficePdf(docx, "seed-full-header"));

        output.WriteLine($"seed report, whole header repeated: {result}");
        Assert.Equal(result.TheirPages, result.OurPages);
        Assert.True(result.Share >= 1.0, result.ToString());
    }

    /// <summary>
    /// Documents nobody tuned the rules on: the seed with the words of every text shuffled (a fixed
    /// shuffle per number), so every cell breaks its lines at other words than the seed's.
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    [InlineData(11)]
    public async Task Seed_with_shuffled_words_keeps_page_parity(int shuffle)
    {
        var json = ShuffledWords.Of(await File.ReadAllTextAsync(RepositoryPaths.Combine("samples", "data", "zaozersk-2022.json")), shuffle);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var loaded = await new DocumentRenderer().LoadAsync(stream, $"shuffled-{shuffle}.json");
        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));
        var (docx, pdf) = Render(loaded.Document!, null);

        var result = PageParity.Compare(pdf, ExternalTools.LibreOfficePdf(docx, $"seed-shuffled-{shuffle}"));

        output.WriteLine($"seed with shuffled words ({shuffle}): {result}");
        Assert.Equal(result.TheirPages, result.OurPages);
        Assert.True(result.Share >= 0.95, result.ToString());
    }

    private static (byte[] Docx, byte[] Pdf) Render(PlanDocument document, RenderSettings? settings)
    {
        var renderer = new DocumentRenderer();
        using var docx = new MemoryStream();
        using var pdf = new MemoryStream();
        renderer.RenderAsync(document, OutputFormat.Docx, docx, settings).GetAwaiter().GetResult();
        renderer.RenderAsync(document, OutputFormat.Pdf, pdf, settings).GetAwaiter().GetResult();
        return (docx.ToArray(), pdf.ToArray());
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
