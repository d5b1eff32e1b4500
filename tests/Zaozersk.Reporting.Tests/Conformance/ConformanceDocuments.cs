using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Docx;
using Zaozersk.Reporting.Tests.Hardening.Fuzz;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>The documents every conformance check runs on: the seed report and plan, every corpus fixture, and the seed carrying hostile text.</summary>
internal static class ConformanceDocuments
{
    /// <summary>Each document by name, rendered through the public API with the default options.</summary>
    public static IReadOnlyList<(string Name, byte[] Pdf)> All => Rendered.Value;

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Pdf)>> Rendered = new(() =>
    [
        ("seed-report", Render(SeedVariant.Seed)),
        ("seed-plan", Render(DocxOutputTests.SeedPlan)),
        ("seed-hostile-text", Render(HostileSeed())),
        .. FixtureCorpus.All.Select(f => (f.Name, CorpusRendering.Of(f.Name).Pdf)),
    ]);

    /// <summary>The PDF the public API makes of <paramref name="document"/>, with <paramref name="conformance"/> when given.</summary>
    public static byte[] Render(PlanDocument document, PdfConformance? conformance = null)
    {
        using var pdf = new MemoryStream();
        new DocumentRenderer().RenderAsync(document, OutputFormat.Pdf, pdf, new RenderSettings { PdfConformance = conformance }).GetAwaiter().GetResult();
        return pdf.ToArray();
    }

    /// <summary>The seed's sections repeated and renumbered to <paramref name="measures"/> measures, as the benchmarks make them.</summary>
    public static PlanDocument Repeated(int measures) => Benchmarks.SeedInput.Repeated(SeedVariant.Seed, measures);

    /// <summary>The seed with every hostile sample that a measure may hold written into the execution texts.</summary>
    private static PlanDocument HostileSeed()
    {
        var document = SeedVariant.Seed;
        // Text the validator refuses (controls, lone surrogates, characters the font lacks) never reaches a PDF.
        var renderer = new DocumentRenderer();
        var samples = HostileText.Samples.Where(sample => !renderer.Validate(SeedVariant.WithItem(0, 0, item => item with { Execution = sample })).Any(d => d.IsError)).ToList();
        Assert.True(samples.Count > 40, $"only {samples.Count} hostile samples render");
        var sections = document.Sections.Select((section, s) => section with
        {
            Items = section.Items.Select((item, i) => item with { Execution = string.Join("\n", samples.Where((_, k) => k % 17 == ((s * 5) + i) % 17)) }).ToList(),
        }).ToList();
        return document with { Sections = sections };
    }
}
