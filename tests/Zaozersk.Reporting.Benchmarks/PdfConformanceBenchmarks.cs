using BenchmarkDotNet.Attributes;

namespace Zaozersk.Reporting.Benchmarks;

/// <summary>
/// The cost of archival, tagged PDF: the seed report and a report of 5,000 measures rendered to
/// PDF through the public API, warm, plain, <see cref="PdfConformance.PdfA1b"/> and <see cref="PdfConformance.PdfA2b"/>. The
/// returned length is the file size. A quick side-by-side without BenchmarkDotNet:
/// <c>dotnet run -c Release --project tests/Zaozersk.Reporting.Benchmarks -- conformance</c>.
/// </summary>
[MemoryDiagnoser]
public class PdfConformanceBenchmarks
{
    private readonly DocumentRenderer _renderer = new();
    private PlanDocument _seed = null!;
    private PlanDocument _large = null!;

    /// <summary>The conformance measured.</summary>
    [Params(PdfConformance.None, PdfConformance.PdfA1b, PdfConformance.PdfA2b)]
    public PdfConformance Conformance { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _seed = SeedInput.Load();
        _large = SeedInput.Repeated(_seed, 5_000);
    }

    [Benchmark]
    public long SeedReportPdf() => Render(_renderer, _seed, Conformance);

    [Benchmark]
    public long Report5000MeasuresPdf() => Render(_renderer, _large, Conformance);

    /// <summary>Renders <paramref name="document"/> to PDF in memory; the file's size.</summary>
    public static long Render(DocumentRenderer renderer, PlanDocument document, PdfConformance conformance)
    {
        using var output = new MemoryStream();
        renderer.RenderAsync(document, OutputFormat.Pdf, output, new RenderSettings { PdfConformance = conformance }).GetAwaiter().GetResult();
        return output.Length;
    }

    /// <summary>
    /// Times both conformances side by side, alternating, after a warm-up: the median of
    /// <paramref name="rounds"/> renders each (wall time, and the process's processor time, which
    /// a busy shared machine disturbs less), and the file sizes.
    /// </summary>
    public static void SideBySide(int rounds)
    {
        var renderer = new DocumentRenderer();
        var seed = SeedInput.Load();
        foreach (var (name, document, count) in new[] { ("seed report", seed, rounds), ("5,000 measures", SeedInput.Repeated(seed, 5_000), Math.Max(3, rounds / 10)) })
        {
            PdfConformance[] all = [PdfConformance.None, PdfConformance.PdfA1b, PdfConformance.PdfA2b];
            var times = all.ToDictionary(c => c, _ => new List<double>());
            var processor = all.ToDictionary(c => c, _ => new List<double>());
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            var sizes = all.ToDictionary(c => c, c => Render(renderer, document, c));
            for (var i = 0; i < count; i++)
            {
                foreach (var conformance in all)
                {
                    process.Refresh();
                    var cpu = process.TotalProcessorTime;
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    Render(renderer, document, conformance);
                    times[conformance].Add(clock.Elapsed.TotalMilliseconds);
                    process.Refresh();
                    processor[conformance].Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
                }
            }

            double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
            var plain = Median(times[PdfConformance.None]);
            var plainCpu = Median(processor[PdfConformance.None]);
            var line = new System.Text.StringBuilder(FormattableString.Invariant($"{name} ({count} rounds): none {plain:F1} ms, {plainCpu:F1} ms processor, {sizes[PdfConformance.None]:N0} bytes"));
            foreach (var conformance in all.Skip(1))
            {
                var time = Median(times[conformance]);
                var cpu = Median(processor[conformance]);
                line.Append(FormattableString.Invariant(
                    $"; {conformance} {time:F1} ms ({(time / plain) - 1:P1}), {cpu:F1} ms processor ({(cpu / plainCpu) - 1:P1}), {sizes[conformance]:N0} bytes ({((double)sizes[conformance] / sizes[PdfConformance.None]) - 1:P1})"));
            }

            Console.WriteLine(line);
        }
    }
}
