using System.Diagnostics;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Sample;

/// <summary>Runs the sample host as a separate process, as an official would, optionally in another time zone and language.</summary>
internal static class SampleHostProcess
{
    public static (int ExitCode, string Out, string Error) Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Zaozersk.Reporting.Sample.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the host did not finish");
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The seed report rendered to <paramref name="format"/> by a host process with the given TZ and LANG.</summary>
    public static byte[] RenderSeed(string format, string timeZone, string language)
    {
        var folder = Directory.CreateTempSubdirectory("zr-host-render-").FullName;
        try
        {
            var environment = new Dictionary<string, string> { ["TZ"] = timeZone, ["LANG"] = language, ["LC_ALL"] = language };
            var (code, _, error) = Run(["render", SeedFidelityTests.SeedJsonPath, "--format", format, "--out", folder], environment);
            Assert.True(code == 0, error);
            return File.ReadAllBytes(Path.Combine(folder, "zaozersk-2022." + format));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
