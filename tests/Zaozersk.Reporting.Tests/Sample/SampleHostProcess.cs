using System.Diagnostics;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Sample;

/// <summary>Runs the sample host as a separate process, as an official would, optionally in another time zone and language.</summary>
internal static class SampleHostProcess
{
    /// <summary>The variables the host reads the user's language from (outside Windows), the first set one winning.</summary>
    public static readonly string[] LanguageVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>
    /// The host's exit code and output. It speaks English unless <paramref name="environment"/> sets one of
    /// <see cref="LanguageVariables"/> (then those it sets alone decide, none inherited from the machine running
    /// the tests) or the arguments give <c>--lang</c>, so the tests give the same result on a Russian machine.
    /// </summary>
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

        environment ??= new Dictionary<string, string>();
        foreach (var name in LanguageVariables)
        {
            start.Environment.Remove(name);
        }

        if (!LanguageVariables.Any(environment.ContainsKey))
        {
            start.Environment["LC_ALL"] = "C.UTF-8";
            start.Environment["LANG"] = "C.UTF-8";
        }

        foreach (var (name, value) in environment)
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
        using var folder = new TempFolder("zr-host-render-");
        var environment = new Dictionary<string, string> { ["TZ"] = timeZone, ["LANG"] = language, ["LC_ALL"] = language };
        var (code, _, error) = Run(["render", TestData.SeedJsonPath, "--format", format, "--out", folder], environment);
        Assert.True(code == 0, error);
        return File.ReadAllBytes(Path.Combine(folder, "zaozersk-2022." + format));
    }
}
