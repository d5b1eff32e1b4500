using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Zaozersk.Reporting.Model.Json;

namespace Zaozersk.Reporting.Benchmarks;

/// <summary>
/// Memory against input size: a report of 300, 3,000 and 20,000 measures (the seed's sections
/// repeated) loaded from its JSON bytes, validated and rendered to both formats, as one operation.
/// The memory diagnoser gives the bytes allocated; each size runs in a process of its own, whose
/// peak working set is printed at the end as <c>// peak working set</c> in the log, to set against
/// the target of at most 400 MB for 20,000 measures (pages and the DOCX body are streamed, so what
/// grows with the input is the input model and the document model; the markup is read as a stream).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GarbageCollectorSettings))]
public class MemoryBenchmarks
{
    private sealed class GarbageCollectorSettings : ManualConfig
    {
        public GarbageCollectorSettings()
        {
            var job = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(2);
            AddJob(job.WithId("DefaultGC"));
            AddJob(job.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCConserveMemory", "7")).WithId("ConserveMemory"));
        }
    }

    private readonly DocumentRenderer _renderer = new();
    private byte[] _json = null!;

    [Params(300, 3_000, 20_000)]
    public int Measures { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = SeedInput.Json(Measures);

        // Generating the input (a model of N measures serialised to text) takes more memory than
        // rendering it; the peak reported is the runs', so the setup's garbage is collected and the
        // process's peak is reset (Linux: writing 5 to /proc/self/clear_refs; elsewhere it is kept).
        // Aggressive: the memory the generation used is also given back to the system, else it
        // stays in the working set the runs are measured by.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using (var process = Process.GetCurrentProcess())
        {
            _setupWorkingSet = process.WorkingSet64;
        }

        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            _peakCoversRunsOnly = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private bool _peakCoversRunsOnly;
    private long _setupWorkingSet;

    [Benchmark]
    public long LoadValidateRenderBoth()
    {
        var loaded = _renderer.LoadAsync(new MemoryStream(_json, writable: false), "report.json").GetAwaiter().GetResult();
        var document = loaded.Document ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
        if (_renderer.Validate(document).Any(d => d.IsError))
        {
            throw new InvalidOperationException("the generated report does not validate");
        }

        // Both formats from one composition, into files, as the sample host renders.
        var folder = Directory.CreateTempSubdirectory("zaozersk-memory-").FullName;
        try
        {
            var files = _renderer.RenderToFilesAsync(document, [OutputFormat.Docx, OutputFormat.Pdf], folder, "report").GetAwaiter().GetResult();
            return files.Sum(f => new FileInfo(f).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string GarbageCollector =>
        Environment.GetEnvironmentVariable("DOTNET_GCConserveMemory") is { } conserve ? "GC ConserveMemory=" + conserve : "default GC";

    [GlobalCleanup]
    public void Report()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {GarbageCollector}: peak working set{(_peakCoversRunsOnly ? " of the runs" : " (setup included)")}: {process.PeakWorkingSet64 / 1_048_576.0:0} MB for {Measures} measures, input {_json.Length / 1_048_576.0:0.00} MB, working set after the setup {_setupWorkingSet / 1_048_576.0:0} MB"));
    }
}
