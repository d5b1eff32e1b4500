using System.Text;
using Zaozersk.Reporting.Tests.Sample;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>The sample host's <c>import</c> and <c>init --from</c> commands, run as a process.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("zr-import-cli-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Import_writes_the_json_to_the_out_path_leaving_no_temporary_file_and_exits_0_with_warnings()
    {
        var docx = Path.Combine(_folder, "seed.docx");
        var seed = TestData.Seed;
        await File.WriteAllBytesAsync(docx, await RenderDocx(seed));
        var json = Path.Combine(_folder, "out.json");

        var (code, output, error) = SampleHostProcess.Run(["import", docx, "--out", json]);

        Assert.True(code == 0, error);
        Assert.Contains("warning ZR0150", output, StringComparison.Ordinal);
        Assert.Contains("imported a report: 9 sections, 50 measures", output, StringComparison.Ordinal);
        var loaded = PlanDocumentJson.Load(await File.ReadAllBytesAsync(json));
        Assert.Equal(PlanDocumentJson.Serialize(RoundTripNormalisation.Expected(seed)), PlanDocumentJson.Serialize(loaded.Document!));
        Assert.Equal([json, docx], Directory.GetFiles(_folder).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Import_without_out_writes_input_name_json_in_the_current_folder()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        var docx = Path.Combine(input, "План 2025.docx");
        await File.WriteAllBytesAsync(docx, await RenderDocx(Corpus.FixtureCorpus.Get("plan-flat-numbering").Document));

        var (code, _, error) = Run(_folder, ["import", docx]);

        Assert.True(code == 0, error);
        Assert.True(File.Exists(Path.Combine(_folder, "План 2025.json")));
    }

    [Fact]
    public async Task Import_of_a_doc_exits_1_saying_how_to_convert_and_writes_nothing()
    {
        var doc = Path.Combine(_folder, "old.doc");
        await File.WriteAllBytesAsync(doc, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);

        var (code, _, error) = Run(_folder, ["import", doc]);

        Assert.Equal(1, code);
        Assert.Contains("error ZR0201", error, StringComparison.Ordinal);
        Assert.Contains("soffice --headless --convert-to docx", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "old.json")));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "a.docx", "--out", "")]
    [InlineData("import", "a.docx", "--unknown")]
    public void Import_usage_errors_exit_2(params string[] args) => Assert.Equal(2, SampleHostProcess.Run(args).ExitCode);

    [Fact]
    public async Task Init_from_a_plan_writes_a_report_skeleton_for_the_period()
    {
        var plan = Path.Combine(_folder, "plan.json");
        await File.WriteAllTextAsync(plan, PlanDocumentJson.Serialize(Corpus.FixtureCorpus.Get("plan-optional-columns").Document), Encoding.UTF8);
        var report = Path.Combine(_folder, "report.json");

        var (code, output, error) = SampleHostProcess.Run(["init", report, "--from", plan, "--period", "2026-9M"]);

        Assert.True(code == 0, error);
        Assert.Equal(report, output.Trim());
        var loaded = PlanDocumentJson.Load(await File.ReadAllBytesAsync(report));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);
        Assert.Equal(DocumentKind.Report, loaded.Document!.Kind);
        Assert.Equal(new ReportPeriod { Kind = ReportPeriodKind.NineMonths, Year = 2026 }, loaded.Document.ReportPeriod);
        Assert.Equal(18, loaded.Document.Sections.Sum(s => s.Items.Count(i => i.Execution == string.Empty)));
    }

    [Theory]
    [InlineData("--period", "2026-Q5")]
    [InlineData("--period", "2026")]
    [InlineData("--from", "plan.json")]
    public void Init_with_a_bad_or_half_skeleton_option_is_a_usage_error(string option, string value)
    {
        var (code, _, error) = Run(_folder, ["init", "report.json", option, value]);

        Assert.Equal(2, code);
        Assert.Contains("--", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "report.json")));
    }

    [Fact]
    public async Task Init_from_a_plan_for_a_period_outside_it_exits_1_and_writes_nothing()
    {
        var plan = Path.Combine(_folder, "plan.json");
        await File.WriteAllTextAsync(plan, PlanDocumentJson.Serialize(Corpus.FixtureCorpus.Get("plan-optional-columns").Document), Encoding.UTF8);
        var report = Path.Combine(_folder, "report.json");

        var (code, _, error) = SampleHostProcess.Run(["init", report, "--from", plan, "--period", "2031-H1"]);

        Assert.Equal(1, code);
        Assert.Contains("ZR0112", error, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void Init_without_from_still_writes_the_starter_seed()
    {
        var starter = Path.Combine(_folder, "starter.json");

        var (code, _, error) = SampleHostProcess.Run(["init", starter]);

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllText(TestData.SeedJsonPath), File.ReadAllText(starter));
    }

    private static async Task<byte[]> RenderDocx(PlanDocument document)
    {
        using var docx = new MemoryStream();
        await new DocumentRenderer().RenderAsync(document, OutputFormat.Docx, docx);
        return docx.ToArray();
    }

    /// <summary>The host run in <paramref name="folder"/>, for commands whose default output is the current folder.</summary>
    private static (int ExitCode, string Out, string Error) Run(string folder, string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };

        // English, whatever the machine's language: the assertions read English messages.
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["LANG"] = "C.UTF-8";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Zaozersk.Reporting.Sample.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the host did not finish");
        return (process.ExitCode, output.Result, error.Result);
    }
}
