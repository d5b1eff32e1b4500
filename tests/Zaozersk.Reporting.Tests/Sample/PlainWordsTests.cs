using Zaozersk.Reporting.Tests.Corpus;

namespace Zaozersk.Reporting.Tests.Sample;

/// <summary>What an official reads from the host names periods and statuses in plain words, never the JSON code names.</summary>
public sealed class PlainWordsTests : IDisposable
{
    private static readonly string[] CodeNames = ["HalfYear", "halfYear", "NineMonths", "nineMonths", "Quarter ", "PartiallyDone", "partiallyDone", "NotDue", "notDue", "InProgress", "inProgress"];
    private readonly TempFolder _folder = new("zr-words-");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("report-roman-three-level", "for the first half-year of 2025")]
    [InlineData("report-half-year-2", "for the second half-year of 2026")]
    [InlineData("report-nine-months-plain", "for the nine months of 2026")]
    [InlineData("report-quarter-long-cells", "for the third quarter of 2025")]
    [InlineData("report-year-statuses", "plan 2024, for the year 2024; 1 section, 15 measures")]
    public void Validate_and_render_describe_the_document_in_plain_words(string fixture, string expected)
    {
        var input = Path.Combine(_folder, fixture + ".json");
        File.WriteAllText(input, PlanDocumentJson.Serialize(FixtureCorpus.Get(fixture).Document));

        var (validateCode, validateOut, validateError) = SampleHostProcess.Run(["validate", input]);
        var (renderCode, renderOut, renderError) = SampleHostProcess.Run(["render", input, "--out", Path.Combine(_folder, "out")]);

        Assert.Equal(0, validateCode);
        Assert.Equal(0, renderCode);
        Assert.Contains(expected, validateOut + validateError, StringComparison.Ordinal);
        var everything = validateOut + validateError + renderOut + renderError;
        Assert.All(CodeNames, code => Assert.DoesNotContain(code, everything, StringComparison.Ordinal));
    }
}
