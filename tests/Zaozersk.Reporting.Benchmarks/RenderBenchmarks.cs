using BenchmarkDotNet.Attributes;
using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Benchmarks;

/// <summary>Rendering through the public API, in memory, warm: the seed report as DOCX.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly DocumentRenderer _renderer = new();
    private PlanDocument _seed = null!;

    [GlobalSetup]
    public void Setup() => _seed = SeedInput.Load();

    [Benchmark]
    public long SeedReportDocx()
    {
        using var output = new MemoryStream();
        _renderer.RenderAsync(_seed, OutputFormat.Docx, output).GetAwaiter().GetResult();
        return output.Length;
    }
}
