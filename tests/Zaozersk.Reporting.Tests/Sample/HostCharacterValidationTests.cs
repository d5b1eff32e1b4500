using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Sample;

/// <summary>Issue #12 as the fuzz run saw it: the host's «validate» said fine for input its «render» could not print.</summary>
public sealed class HostCharacterValidationTests : IDisposable
{
    private readonly TempFolder _directory = new("zr-host-chars-");

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("Запросов не поступало 中", "U+4E2D «中»")]
    [InlineData("Запросов не поступало \uFFFD", "U+FFFD")]
    [InlineData("Запросов\u3000не поступало", "U+3000")]
    public void Validate_rejects_what_the_pdf_cannot_print_naming_the_json_path(string execution, string named)
    {
        var input = Path.Combine(_directory, "input.json");
        File.WriteAllText(input, File.ReadAllText(TestData.SeedJsonPath).Replace("Запросов не поступало.", execution.Replace("\uFFFD", "\\uFFFD", StringComparison.Ordinal).Replace("\u3000", "\\u3000", StringComparison.Ordinal), StringComparison.Ordinal));

        var (code, output, error) = SampleHostProcess.Run(["validate", input]);

        Assert.Equal(1, code);
        var line = Assert.Single((output + error).Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains("$.sections[0].items[5].execution", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Contains("PDF font", line, StringComparison.Ordinal);
    }
}
