using BenchmarkDotNet.Attributes;

namespace Zaozersk.Reporting.Benchmarks;

/// <summary>
/// Rendering through the public API, in memory, warm: the seed report as DOCX and PDF, and a
/// report of 5,000 measures (the seed's sections repeated) as PDF.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly DocumentRenderer _renderer = new();
    private PlanDocument _seed = null!;
    private PlanDocument _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = SeedInput.Load();
        _large = SeedInput.Repeated(_seed, 5_000);
    }

    [Benchmark]
    public long SeedReportDocx() => Render(_seed, OutputFormat.Docx);

    [Benchmark]
    public long SeedReportPdf() => Render(_seed, OutputFormat.Pdf);

    [Benchmark]
    public long Report5000MeasuresPdf() => Render(_large, OutputFormat.Pdf);

    private long Render(PlanDocument document, OutputFormat format)
    {
        using var output = new MemoryStream();
        _renderer.RenderAsync(document, format, output).GetAwaiter().GetResult();
        return output.Length;
    }
}
