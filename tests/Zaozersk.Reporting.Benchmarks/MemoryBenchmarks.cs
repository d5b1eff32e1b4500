using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Zaozersk.Reporting.Benchmarks;

/// <summary>
/// Memory against input size: a report of 300, 3,000 and 20,000 measures (the seed's sections
/// repeated) loaded from its JSON, validated and rendered to both formats from one composition,
/// two ways: with the input kept by the caller (a service) and handed over (the sample host). The
/// memory diagnoser gives the bytes allocated; each case runs in a process of its own, whose peak
/// working set during the runs is printed at the end as <c>// … peak working set</c> in the log,
/// to set against the target of at most 400 MB for 20,000 measures. Each case runs with the
/// default garbage collector and with <c>ConserveMemory=7</c>, the setting the README gives to
/// services that render very large documents.
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

    // Without PDF/A: the 20,000-measure report has more pages than a PDF/A-1 file can hold (docs/pdf.md),
    // and the memory target was set for the untagged file.
    private DocumentRenderer _renderer = null!;
    private byte[]? _json;
    private string? _path;
    private string _scenario = string.Empty;
    private long _inputBytes;
    private bool _peakCoversRunsOnly;
    private long _setupWorkingSet;

    [Params(300, 3_000, 20_000)]
    public int Measures { get; set; }

    /// <summary><see cref="ReportingOptions.CollectMemoryBetweenPhases"/>: off is the library's default, on is the command-line host's.</summary>
    [Params(false, true)]
    public bool CollectMemoryBetweenPhases { get; set; }

    private DocumentRenderer Renderer() =>
        new(Microsoft.Extensions.Options.Options.Create(new ReportingOptions { PdfConformance = PdfConformance.None, CollectMemoryBetweenPhases = CollectMemoryBetweenPhases }), Microsoft.Extensions.Logging.Abstractions.NullLogger<DocumentRenderer>.Instance);

    [GlobalSetup(Target = nameof(InputKeptByCaller))]
    public void SetupInMemory()
    {
        _renderer = Renderer();
        _json = SeedInput.Json(Measures);
        _inputBytes = _json.Length;
        _scenario = "input kept by the caller";
        ResetPeak();
    }

    [GlobalSetup(Target = nameof(InputHandedOver))]
    public void SetupFile()
    {
        _renderer = Renderer();
        var json = SeedInput.Json(Measures);
        _inputBytes = json.Length;
        _path = Path.Combine(Directory.CreateTempSubdirectory("zaozersk-memory-input-").FullName, "report.json");
        File.WriteAllBytes(_path, json);
        _scenario = "input handed over";
        ResetPeak();
    }

    /// <summary>
    /// Generating the input (a model of N measures serialised to text) takes more memory than
    /// rendering it; the peak reported is the runs', so the setup's garbage is collected, given
    /// back to the system (aggressive collection), and the process's peak is reset (Linux: writing
    /// 5 to /proc/self/clear_refs; elsewhere it is kept).
    /// </summary>
    private void ResetPeak()
    {
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

    /// <summary>
    /// A service's way: the JSON is in memory, and the caller keeps the loaded input while it
    /// renders (as an async method awaiting the render does).
    /// </summary>
    [Benchmark]
    public long InputKeptByCaller()
    {
        var loaded = _renderer.LoadAsync(new MemoryStream(_json!, writable: false), "report.json").GetAwaiter().GetResult();
        var document = loaded.Document ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
        if (_renderer.Validate(document).Any(d => d.IsError))
        {
            throw new InvalidOperationException("the generated report does not validate");
        }

        var written = RenderBoth(document);
        GC.KeepAlive(loaded);
        return written;
    }

    /// <summary>
    /// The sample host's way: the JSON is read from a file and the input is handed over to the
    /// renderer, which lets it go once the template has run.
    /// </summary>
    [Benchmark]
    public long InputHandedOver() => LoadAndHandOver(_renderer, _path!, this);

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static long LoadAndHandOver(DocumentRenderer renderer, string path, MemoryBenchmarks benchmark)
    {
        var document = renderer.LoadAsync(path).GetAwaiter().GetResult().Document ?? throw new InvalidOperationException("the generated report does not load");
        if (renderer.Validate(document).Any(d => d.IsError))
        {
            throw new InvalidOperationException("the generated report does not validate");
        }

        return benchmark.RenderBoth(document);
    }

    /// <summary>Both formats from one composition, into files, as the sample host renders.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long RenderBoth(PlanDocument document)
    {
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
        if (_path is not null)
        {
            Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {_scenario}, {GarbageCollector}, collect between phases {(CollectMemoryBetweenPhases ? "on" : "off")}: peak working set{(_peakCoversRunsOnly ? " of the runs" : " (setup included)")}: {process.PeakWorkingSet64 / 1_048_576.0:0} MiB for {Measures} measures, input {_inputBytes / 1_048_576.0:0.00} MiB, working set after the setup {_setupWorkingSet / 1_048_576.0:0} MiB"));
    }
}
