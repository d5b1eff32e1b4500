using System.Diagnostics;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Sample;

/// <summary>The sample host as an official meets it: a process, its exit code and what it prints.</summary>
public sealed class SampleHostTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("zr-host-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int ExitCode, string Out, string Error) Run(params string[] args)
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

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the host did not finish");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Validate_seed_succeeds_and_summarises_it()
    {
        var (code, output, error) = Run("validate", SeedFidelityTests.SeedJsonPath);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("9 sections, 50 measures", output, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 4 warning(s)", output, StringComparison.Ordinal);
    }

    private const string MinimalPlan = """
        {
          "kind": "plan",
          "organisation": "Администрация ЗАТО город Заозерск",
          "planSubject": "мероприятий по противодействию коррупции",
          "planPeriod": { "from": 2021, "to": 2024 },
          "sections": [ { "number": "1", "title": "Раздел", "items": [ { "number": "1.1", "measure": "Мера", "responsible": ["Отдел"], "deadline": "постоянно" } ] } ]
        }
        """;

    [Theory]
    [InlineData("truncated", "  \"sections\": [ {", "  \"sections\": [\n", "truncated.json(7,1): error ZR0001: $.sections: the file ends before the JSON is complete")]
    [InlineData("wrong-type", "\"organisation\": \"Администрация ЗАТО город Заозерск\"", "\"organisation\": 5", "wrong-type.json(3,19): error ZR0002: $.organisation: expected text (a JSON string), found the number 5")]
    [InlineData("unknown", "\"kind\"", "\"knd\"", "unknown.json(2,3): error ZR0004: $.knd: unknown property 'knd'; did you mean 'kind'?")]
    [InlineData("no-sections", ",\n  \"sections\": [ {", "\n}\n", "no-sections.json(1,1): error ZR0003: $: missing required property 'sections'")]
    public void Bad_file_gives_one_line_naming_file_line_column_and_path_and_exit_1(string name, string find, string cutWith, string expected)
    {
        // Each file is the minimal plan broken in exactly one way; "cutWith" replaces from "find" on
        // when the case truncates, otherwise only "find".
        var at = MinimalPlan.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        var json = cutWith.EndsWith('\n') ? MinimalPlan[..at] + cutWith : MinimalPlan[..at] + cutWith + MinimalPlan[(at + find.Length)..];
        var path = Path.Combine(_directory, name + ".json");
        File.WriteAllText(path, json);

        var (code, _, error) = Run("validate", path);

        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(Path.Combine(_directory, expected), line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimal_plan_validates()
    {
        var path = Path.Combine(_directory, "plan.json");
        File.WriteAllText(path, MinimalPlan);

        var (code, output, _) = Run("validate", path);

        Assert.Equal(0, code);
        Assert.Contains("0 error(s), 1 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_one_line_and_exit_1()
    {
        var (code, _, error) = Run("validate", Path.Combine(_directory, "absent.json"));

        Assert.Equal(1, code);
        Assert.Contains("error ZR0007: $: cannot read the file: the file does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_error_exits_2()
    {
        var (code, _, error) = Run("frobnicate");

        Assert.Equal(2, code);
        Assert.Contains("Unrecognized command or argument 'frobnicate'", error, StringComparison.Ordinal);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }
}
