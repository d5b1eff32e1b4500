using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Sample;

/// <summary>The sample host as an official meets it: a process, its exit code and what it prints.</summary>
public sealed class SampleHostTests : IDisposable
{
    private readonly TempFolder _directory = new("zr-host-");

    public void Dispose() => _directory.Dispose();

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => SampleHostProcess.Run(args);

    [Fact]
    public void Validate_seed_succeeds_and_summarises_it()
    {
        var (code, output, error) = Run("validate", TestData.SeedJsonPath);

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
    public void Render_writes_both_documents_named_after_the_input_and_prints_their_paths()
    {
        var output = Path.Combine(_directory, "out");

        var (code, stdout, error) = Run("render", TestData.SeedJsonPath, "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal([Path.Combine(output, "zaozersk-2022.docx"), Path.Combine(output, "zaozersk-2022.pdf")],
            stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains("warning", StringComparison.Ordinal)));
        Assert.Equal("%PDF-", File.ReadAllText(Path.Combine(output, "zaozersk-2022.pdf"))[..5]);
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
    }

    [Fact]
    public void Render_of_a_broken_template_is_one_line_naming_the_template_position()
    {
        var template = Path.Combine(_directory, "mine.sbn");
        File.WriteAllText(template, "<document>\n{{ for x in }}\n</document>");

        var (code, _, error) = Run("render", TestData.SeedJsonPath, "--template", template, "--out", _directory);

        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("error", StringComparison.Ordinal));
        Assert.Contains("mine.sbn(2,", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_directory, "*.docx"));
    }

    [Fact]
    public void A_character_the_pdf_font_lacks_fails_the_render_with_its_place_and_writes_neither_file()
    {
        var input = Path.Combine(_directory, "emoji.json");
        File.WriteAllText(input, File.ReadAllText(TestData.SeedJsonPath).Replace("Запросов не поступало.", "Запросов не поступало 😀", StringComparison.Ordinal));
        var output = Path.Combine(_directory, "out");

        var (code, _, error) = Run("render", input, "--out", output);

        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("U+1F600", line, StringComparison.Ordinal);

        // The validator finds it before the layout does, so the place is the file, line and JSON path.
        Assert.Contains("emoji.json(77,11): error ZR0132: $.sections[0].items[5].execution", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public void Batch_renders_the_good_files_reports_the_broken_one_and_exits_1()
    {
        var input = Path.Combine(_directory, "in");
        Directory.CreateDirectory(input);
        File.Copy(TestData.SeedJsonPath, Path.Combine(input, "first.json"));
        File.Copy(TestData.SeedJsonPath, Path.Combine(input, "second.json"));
        File.WriteAllText(Path.Combine(input, "broken.json"), "{ \"kind\": \"report\",");
        var output = Path.Combine(_directory, "out");

        var (code, stdout, _) = Run("batch", input, "--out", output, "--parallel", "2");

        Assert.Equal(1, code);
        Assert.Equal(["first.docx", "first.pdf", "second.docx", "second.pdf"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("broken.json(1,", stdout, StringComparison.Ordinal);
        Assert.EndsWith("2 rendered, 1 failed, of 3 files", stdout.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_named_only_json_or_in_capitals_are_rendered_and_do_not_stop_the_batch()
    {
        var input = Path.Combine(_directory, "in");
        Directory.CreateDirectory(input);
        File.Copy(TestData.SeedJsonPath, Path.Combine(input, ".json"));
        File.Copy(TestData.SeedJsonPath, Path.Combine(input, "good.json"));
        File.Copy(TestData.SeedJsonPath, Path.Combine(input, "UPPER.JSON"));
        var output = Path.Combine(_directory, "out");

        var (code, stdout, error) = Run("batch", input, "--out", output, "--parallel", "1");

        Assert.True(code == 0, stdout + error);
        Assert.Equal(["UPPER.docx", "UPPER.pdf", "good.docx", "good.pdf", "json.docx", "json.pdf"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_input_named_like_an_output_is_never_overwritten()
    {
        // A JSON report saved as report.pdf: rendering it next to itself would replace it with the PDF.
        var input = Path.Combine(_directory, "report.pdf");
        File.Copy(TestData.SeedJsonPath, input);

        var (code, stdout, error) = Run("render", input, "--out", _directory);

        Assert.Equal(1, code);
        Assert.Contains("would replace the input file", error, StringComparison.Ordinal);
        Assert.DoesNotContain(".docx", stdout, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(TestData.SeedJsonPath), File.ReadAllBytes(input));
        Assert.False(File.Exists(Path.Combine(_directory, "report.docx")), "nothing is written when one output is refused");
    }

    [Fact]
    public void Init_writes_the_seed_as_a_starter_that_validates()
    {
        var file = Path.Combine(_directory, "my-report.json");

        var (code, _, _) = Run("init", file);
        var (again, _, error) = Run("init", file);

        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(TestData.SeedJsonPath), File.ReadAllText(file));
        Assert.Equal(1, again);
        Assert.Contains("exists", error, StringComparison.Ordinal);
        Assert.Equal(0, Run("validate", file).ExitCode);
    }

    [Fact]
    public void Templates_export_writes_templates_that_render_the_same_document()
    {
        var folder = Path.Combine(_directory, "templates");

        var (code, stdout, _) = Run("templates", "export", folder);

        Assert.Equal(0, code);
        Assert.Contains(Path.Combine(folder, "report.sbn"), stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "markup.xsd")));
        var builtIn = Path.Combine(_directory, "a");
        var exported = Path.Combine(_directory, "b");
        Assert.Equal(0, Run("render", TestData.SeedJsonPath, "--out", builtIn).ExitCode);
        Assert.Equal(0, Run("render", TestData.SeedJsonPath, "--out", exported, "--templates", folder).ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(builtIn, "zaozersk-2022.pdf")), File.ReadAllBytes(Path.Combine(exported, "zaozersk-2022.pdf")));
    }

    [Fact]
    public void Schema_prints_the_json_schema()
    {
        var (code, stdout, _) = Run("schema");

        Assert.Equal(0, code);
        Assert.Equal(PlanDocumentJson.Schema, stdout);
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
        Assert.Contains("error: unknown command or extra argument 'frobnicate'", error, StringComparison.Ordinal);
        Assert.Contains("--help", error, StringComparison.Ordinal);
    }
}
