using Zaozersk.Reporting.Tests.Sample;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>Issue #12 against the sample host process: ordinary mistakes and exceeded limits are one clear line and the right exit code.</summary>
public sealed class SampleHostHardeningTests : IDisposable
{
    private readonly TempFolder _directory = new("zr-host-hard-");

    public void Dispose() => _directory.Dispose();

    private string In(string name) => Path.Combine(_directory, name);

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => SampleHostProcess.Run(args);

    private static string OneLine(string error)
    {
        Assert.DoesNotContain("unexpected failure", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        return Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r');
    }

    [Theory]
    [InlineData("render", "--out", "")]
    [InlineData("render", "--templates", "")]
    [InlineData("render", "--template", "")]
    public void Empty_paths_are_usage_errors(string command, string option, string value)
    {
        var (code, _, error) = Run(command, TestData.SeedJsonPath, option, value);

        Assert.Equal(2, code);
        Assert.Contains($"error: {option} must not be empty", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("init")]
    [InlineData("validate")]
    [InlineData("render")]
    public void An_empty_file_name_is_a_usage_error(string command)
    {
        var (code, _, error) = Run(command, string.Empty);

        Assert.Equal(2, code);
        Assert.Contains("must not be empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_into_a_missing_folder_says_so()
    {
        var path = In(Path.Combine("missing", "report.json"));

        var (code, _, error) = Run("init", path);

        Assert.Equal(1, code);
        Assert.Equal($"{path}: error: its folder does not exist; create it first", OneLine(error));
    }

    [Fact]
    public void Init_onto_a_folder_says_so()
    {
        var (code, _, error) = Run("init", _directory);

        Assert.Equal(1, code);
        Assert.Equal($"{_directory}: error: a folder of that name exists; give a file name", OneLine(error));
    }

    [Fact]
    public void Init_writes_the_whole_starter_and_nothing_else()
    {
        var path = In("report.json");

        var (code, _, error) = Run("init", path);

        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllBytes(TestData.SeedJsonPath), File.ReadAllBytes(path));
        Assert.Single(Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public void Exporting_templates_onto_a_file_says_so()
    {
        var path = In("templates");
        File.WriteAllText(path, "x");

        var (code, _, error) = Run("templates", "export", path);

        Assert.Equal(1, code);
        Assert.Equal($"{path}: error: cannot export into '{path}': it is a file; give a folder", OneLine(error));
    }

    [Fact]
    public void A_folder_in_place_of_the_pdf_leaves_no_docx_either()
    {
        var output = In("out");
        Directory.CreateDirectory(Path.Combine(output, "zaozersk-2022.pdf"));

        var (code, _, error) = Run("render", TestData.SeedJsonPath, "--out", output);

        Assert.Equal(1, code);
        Assert.EndsWith("error: cannot write '" + Path.Combine(output, "zaozersk-2022.pdf") + "': a folder of that name is in the way", OneLine(error), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output));
    }

    [Fact]
    public void An_endless_input_stops_at_the_size_limit()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (code, _, error) = Run("validate", "/dev/zero", "--max-input-size", "2MB");

        Assert.Equal(1, code);
        Assert.Equal("/dev/zero: error ZR0007: $: the input is larger than the maximum input size of 2 MB; raise the limit if the file is really this large", OneLine(error));
    }

    [Fact]
    public void A_template_nesting_markup_without_end_is_one_located_line_not_a_crash()
    {
        var templates = Directory.CreateDirectory(In("templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "report.sbn"), "<document><section><p>{{ for i in 1..20000 }}<b>{{ end }}x{{ for i in 1..20000 }}</b>{{ end }}</p></section></document>");

        var (code, _, error) = Run("render", TestData.SeedJsonPath, "--templates", templates, "--out", In("out"), "--format", "pdf");

        Assert.Equal(1, code);
        var line = OneLine(error);
        Assert.StartsWith(TestData.SeedJsonPath + ": error: report.sbn(1,47): markup(1,", line, StringComparison.Ordinal);
        Assert.EndsWith("<b>: elements are nested more than 100 levels deep (the markup nesting depth limit)", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(In("out")));
    }

    [Fact]
    public void Limits_are_flags()
    {
        var (code, _, error) = Run("render", TestData.SeedJsonPath, "--out", In("out"), "--max-blocks", "10");

        Assert.Equal(1, code);
        Assert.Contains("the document has more than 10 paragraphs, lists and tables (the block limit); the longest text of the input, $.sections[0].items[0].execution, makes 12 of them by itself", OneLine(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-blocks", "0", "--max-blocks must be at least 1")]
    [InlineData("--max-markup-depth", "1", "--max-markup-depth must be from 2 to 1000")]
    [InlineData("--max-input-size", "lots", "--max-input-size 'lots': give a size such as 64MB, 512KB or 1048576")]
    [InlineData("--max-markup-depth", "5000", "--max-markup-depth must be from 2 to 1000")]
    [InlineData("--max-blocks", "many", "--max-blocks 'many': give a whole number, such as 2")]
    public void Impossible_limits_are_usage_errors(string flag, string value, string message)
    {
        var (code, _, error) = Run("render", TestData.SeedJsonPath, "--out", In("out"), flag, value);

        Assert.Equal(2, code);
        Assert.Contains("error: " + message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_with_thousands_of_warnings_prints_the_first_thousand_and_counts_the_rest()
    {
        string[] header = ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Информация об исполнении"];
        var stray = Enumerable.Range(1, 1_200).Select(i => (DocumentFormat.OpenXml.OpenXmlElement)Import.WordFile.P("строка " + i));
        var docx = In("many.docx");
        File.WriteAllBytes(docx, Import.WordFile.Create([Import.WordFile.T(5, header, ["1", "Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"]), .. stray]));

        var (_, output, _) = Run("import", docx, "--out", In("many.json"));

        var warnings = output.Split('\n').Count(line => line.Contains(": warning ", StringComparison.Ordinal));
        Assert.Equal(1_000, warnings);
        Assert.Matches(@"… and \d+ more warnings not shown \(the first 1,000 are\)", output);
        Assert.Matches(@"\d{4} warning\(s\)", output);
    }

    [Fact]
    public void A_parallel_count_that_is_not_a_number_is_a_usage_error_in_words()
    {
        Directory.CreateDirectory(In("in"));
        var (code, _, error) = Run("batch", In("in"), "--out", In("out"), "--parallel", "abc");

        Assert.Equal(2, code);
        Assert.Contains("error: --parallel 'abc': give a whole number, such as 2", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_template_file_is_a_warning_naming_what_was_used()
    {
        var templates = Directory.CreateDirectory(In("templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "Report.sbn"), "<document/>");

        var (code, _, error) = Run("render", TestData.SeedJsonPath, "--templates", templates, "--out", In("out"), "--format", "docx");

        Assert.True(code == 0, error);
        Assert.Contains("warning: 'Report.sbn' in the template folder is skipped: template file names are lowercase ('report.sbn'); the built-in report.sbn is used", error, StringComparison.Ordinal);
    }
}
