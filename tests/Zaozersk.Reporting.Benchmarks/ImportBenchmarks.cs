using BenchmarkDotNet.Attributes;

namespace Zaozersk.Reporting.Benchmarks;

/// <summary>
/// Importing through the public API, in memory, warm: the seed report's DOCX (as this library
/// writes it) back to the model, validation included. Target: at most 20 ms.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private readonly DocumentImporter _importer = new();
    private byte[] _seedDocx = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var docx = new MemoryStream();
        new DocumentRenderer().RenderAsync(SeedInput.Load(), OutputFormat.Docx, docx).GetAwaiter().GetResult();
        _seedDocx = docx.ToArray();
    }

    [Benchmark]
    public int SeedReportDocxImport()
    {
        using var input = new MemoryStream(_seedDocx, writable: false);
        var result = _importer.ImportAsync(input, "seed.docx").GetAwaiter().GetResult();
        return result.Document?.Sections.Count ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }
}
