using System.Globalization;
using BenchmarkDotNet.Running;
using Zaozersk.Reporting.Benchmarks;

// dotnet run -c Release --project tests/Zaozersk.Reporting.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Zaozersk.Reporting.Benchmarks -- inputs <folder> 300 3000 20000
//   writes report-300.json … for measuring the sample host as a whole process (peak RSS).
if (args is ["inputs", var folder, .. var sizes])
{
    Directory.CreateDirectory(folder);
    foreach (var size in sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
    {
        var path = Path.Combine(folder, $"report-{size}.json");
        File.WriteAllBytes(path, SeedInput.Json(size));
        Console.WriteLine(path);
    }

    return;
}

// dotnet run -c Release --project tests/Zaozersk.Reporting.Benchmarks -- conformance [rounds]
//   times PDF with and without PDF/A-1b and tagging side by side (a quick loop, not BenchmarkDotNet).
if (args is ["conformance", .. var rest])
{
    PdfConformanceBenchmarks.SideBySide(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 30);
    return;
}

// dotnet run -c Release --project tests/Zaozersk.Reporting.Benchmarks -- service-load <url> <input.json> <count> <clients>
//   renders <input.json> to PDF <count> times through a running service (service-load.sh starts one).
if (args is ["service-load", var url, var input, var count, var clients])
{
    Environment.ExitCode = await ServiceLoad.RunAsync(url.TrimEnd('/'), input, int.Parse(count, CultureInfo.InvariantCulture), int.Parse(clients, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
