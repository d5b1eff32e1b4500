using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Docx;
using Zaozersk.Reporting.Tests.Hardening.Fuzz;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>
/// The documents every conformance check runs on: the seed report and plan, every corpus fixture,
/// the seed carrying hostile text, and the documents written by hand as users write them
/// (<see cref="HandWritten"/>), which no other suite renders.
/// </summary>
internal static class ConformanceDocuments
{
    private static readonly Dictionary<string, (PlanDocument Document, byte[] Pdf)> HandWrittenRendered = [];

    /// <summary>
    /// The documents of Conformance/Documents, by file name: plans and reports written as an
    /// official writes them (Roman and three-level numbering, flat numbering, extra columns,
    /// several signatories, half-year, quarter and nine-month periods, a cell of many pages, lists
    /// and links in cells, both approval stamps); the nine-month report is rendered with the
    /// folder's own portrait template, whose header and body cells span rows and columns.
    /// </summary>
    public static IReadOnlyList<string> HandWrittenNames { get; } =
        ["plan-roman-three-level", "plan-flat-statuses", "report-half-year-extra-columns", "report-quarter-roman", "report-nine-months-portrait"];

    /// <summary>Each document by name, rendered through the public API with the default options.</summary>
    public static IReadOnlyList<(string Name, byte[] Pdf)> All => Rendered.Value;

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Pdf)>> Rendered = new(() =>
    [
        ("seed-report", Render(SeedVariant.Seed)),
        ("seed-plan", Render(DocxOutputTests.SeedPlan)),
        ("seed-hostile-text", Render(HostileSeed())),
        .. FixtureCorpus.All.Select(f => (f.Name, CorpusRendering.Of(f.Name).Pdf)),
        .. HandWrittenNames.Select(name => (name, HandWritten(name).Pdf)),
    ]);

    /// <summary>A hand-written document and its PDF with the default options (rendered once).</summary>
    public static (PlanDocument Document, byte[] Pdf) HandWritten(string name)
    {
        lock (HandWrittenRendered)
        {
            if (!HandWrittenRendered.TryGetValue(name, out var rendered))
            {
                var document = LoadHandWritten(name);
                rendered = (document, RenderHandWritten(name, document, conformance: null));
                HandWrittenRendered[name] = rendered;
            }

            return rendered;
        }
    }

    /// <summary>The hand-written document of that name, loaded and checked: it has no finding at all.</summary>
    public static PlanDocument LoadHandWritten(string name)
    {
        var result = PlanDocumentJson.LoadFileAsync(HandWrittenPath(name + ".json")).GetAwaiter().GetResult();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Empty(new DocumentRenderer().Validate(result.Document!));
        return result.Document!;
    }

    /// <summary>The PDF of hand-written document <paramref name="name"/>, with its own template if it has one.</summary>
    public static byte[] RenderHandWritten(string name, PlanDocument document, PdfConformance? conformance)
    {
        var template = name.Contains("portrait", StringComparison.Ordinal) ? HandWrittenPath("report-portrait.sbn") : null;
        return Render(document, new RenderSettings { Template = template, PdfConformance = conformance });
    }

    private static string HandWrittenPath(string file) => RepositoryPaths.Combine("tests", "Zaozersk.Reporting.Tests", "Conformance", "Documents", file);

    /// <summary>The PDF the public API makes of <paramref name="document"/>, with <paramref name="conformance"/> when given.</summary>
    public static byte[] Render(PlanDocument document, PdfConformance? conformance = null) =>
        Render(document, new RenderSettings { PdfConformance = conformance });

    /// <summary>The PDF the public API makes of <paramref name="document"/> with <paramref name="settings"/>.</summary>
    public static byte[] Render(PlanDocument document, RenderSettings settings)
    {
        using var pdf = new MemoryStream();
        new DocumentRenderer().RenderAsync(document, OutputFormat.Pdf, pdf, settings).GetAwaiter().GetResult();
        return pdf.ToArray();
    }

    /// <summary>The seed's sections repeated and renumbered to <paramref name="measures"/> measures, as the benchmarks make them.</summary>
    public static PlanDocument Repeated(int measures) => Benchmarks.SeedInput.Repeated(SeedVariant.Seed, measures);

    /// <summary>The seed with every hostile sample that a measure may hold written into the execution texts.</summary>
    public static PlanDocument HostileSeed()
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
