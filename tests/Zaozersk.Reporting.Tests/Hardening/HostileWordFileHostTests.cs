using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Zaozersk.Reporting.Tests.Import;
using Zaozersk.Reporting.Tests.Sample;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>
/// Issue #29 against the sample host process: hostile Word files end in exit code 0, 1 or 2 (the JSON
/// written, with values to fix: issue 24) with
/// lines safe for a terminal, a named pipe stalls neither <c>batch</c> nor <c>render</c> nor
/// <c>import</c>, and importing a generated bomb stays under 1 GB of memory, measured.
/// </summary>
public sealed partial class HostileWordFileHostTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _directory = new("zr-hostile-");

    public void Dispose() => _directory.Dispose();

    private string In(string name) => Path.Combine(_directory, name);

    private static void AssertClean(int code, string stdout, string stderr)
    {
        Assert.True(code is 0 or 1 or 2, $"exit code {code}: {stderr}");
        Assert.DoesNotContain("unexpected failure", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        HostileWordFileTests.AssertSafe((stdout + stderr).Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Hostile_word_files_end_in_exit_code_0_1_or_2_with_every_line_safe_for_a_terminal()
    {
        var cases = new Dictionary<string, HostileDocx>
        {
            ["escapes"] = new HostileDocx().Body("<w:p><w:r><w:sym w:char=\"1B\"/><w:t>[2J&#xD;\u202Eперевернуто</w:t></w:r></w:p>" + HostileWordFileTests.Title + HostileDocx.PlanTable("Мера</w:t><w:sym w:char=\"9B\"/><w:t>\u202E")),
            ["nested tables"] = new HostileDocx().Body(w =>
            {
                HostileDocx.Repeat("<w:tbl><w:tr><w:tc>", 20_000)(w);
                HostileDocx.Repeat("</w:tc></w:tr></w:tbl>", 20_000)(w);
            }),
            ["nested hyperlinks"] = new HostileDocx().Body(w =>
            {
                w.Write("<w:p>");
                HostileDocx.Repeat("<w:hyperlink>", 100_000)(w);
                HostileDocx.Repeat("</w:hyperlink>", 100_000)(w);
                w.Write("</w:p>");
            }),
            ["dangling"] = new HostileDocx().Body(HostileWordFileTests.Title + HostileDocx.PlanTable()).Linked(HostileDocx.Header, "header1.xml", null),
            ["not well-formed"] = new HostileDocx().Body("<w:p>\u0001</w:p>"),
        };
        foreach (var (name, docx) in cases)
        {
            var path = In(name + ".docx");
            docx.Save(path);

            var (code, stdout, stderr) = SampleHostProcess.Run(["import", path, "--out", In(name + ".json")]);

            AssertClean(code, stdout, stderr);
            // «escapes» imports a character no document can show: its JSON is written and the exit is 2.
            Assert.Equal(name switch { "escapes" => 2, "dangling" => 0, _ => 1 }, code);
        }
    }

    [Fact]
    public void Batch_finishes_past_a_named_pipe_called_json_and_render_and_import_refuse_one()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var folder = Directory.CreateDirectory(In("in")).FullName;
        File.Copy(TestData.SeedJsonPath, Path.Combine(folder, "a.json"));
        MakeFifo(Path.Combine(folder, "stuck.json"));
        MakeFifo(In("plan.docx"));

        var batch = SampleHostProcess.Run(["batch", folder, "--out", In("out"), "--format", "docx"]);
        var render = SampleHostProcess.Run(["render", Path.Combine(folder, "stuck.json"), "--out", In("out")]);
        var import = SampleHostProcess.Run(["import", In("plan.docx"), "--out", In("plan.json")]);

        AssertClean(batch.ExitCode, batch.Out, batch.Error);
        Assert.Equal(1, batch.ExitCode);
        Assert.Contains("stuck.json", batch.Out, StringComparison.Ordinal);
        Assert.Contains("stuck.json: error ZR0007: $: it is a named pipe (FIFO), not a file; reading it would wait for a program to write to it; give the path of a file", batch.Out, StringComparison.Ordinal);
        Assert.Contains("1 rendered, 1 failed, of 2 files", batch.Out, StringComparison.Ordinal);
        foreach (var (code, stdout, stderr) in new[] { render, import })
        {
            AssertClean(code, stdout, stderr);
            Assert.Equal(1, code);
            Assert.Contains("it is a named pipe (FIFO), not a file", stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Batch_shows_a_file_name_with_an_escape_sequence_escaped()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var folder = Directory.CreateDirectory(In("names")).FullName;
        File.WriteAllText(Path.Combine(folder, "plan\u001B[2J\u202E.json"), "{");

        var (code, stdout, stderr) = SampleHostProcess.Run(["batch", folder, "--out", In("out"), "--format", "docx"]);

        AssertClean(code, stdout, stderr);
        Assert.Equal(1, code);
        Assert.Contains("plan\\u001B[2J\\u202E.json", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_warns_when_the_json_it_writes_is_larger_than_the_input_size_limit()
    {
        var path = In("long.docx");
        new HostileDocx().Body(HostileWordFileTests.Title + HostileDocx.PlanTable(new string('—', 9_000))).Save(path);

        var english = SampleHostProcess.Run(["import", path, "--out", In("long.json"), "--max-input-size", "20KB"]);
        var russian = SampleHostProcess.Run(["import", path, "--out", In("long-ru.json"), "--max-input-size", "20KB", "--lang", "ru"]);

        AssertClean(english.ExitCode, english.Out, english.Error);
        Assert.Equal(0, english.ExitCode);
        Assert.Matches(@"long\.json: warning: the JSON written is [\d,]+ bytes, larger than the maximum input size of 20,480 bytes: «validate» and «render» will refuse it unless given «--max-input-size 1MB»", english.Out);
        Assert.Matches(@"long-ru\.json: предупреждение: записанный JSON занимает [\d ]+ байт\w*", russian.Out);
        Assert.Empty(Localization.MessageWords.EnglishIn(russian.Out.Split('\n').Single(l => l.Contains("записанный JSON", StringComparison.Ordinal))));
    }

    /// <summary>
    /// The issue's bombs at the default 64 MB limit, each imported by the host under /usr/bin/time:
    /// 2 GB of empty paragraphs, 700 MB of them (within the unpacked limit, refused by the count),
    /// a 200 MB page header (imported), three headers of 230 MB (imported), one paragraph of
    /// 250 million characters (refused at the text limit) and a measure of 30 million (imported,
    /// written as a JSON of 55 MB). Each stays under 1 GB.
    /// </summary>
    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void Importing_a_generated_bomb_stays_under_one_gigabyte()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/time"))
        {
            return;
        }

        const string Text = "<w:p><w:r><w:t>Колонтитул ЗАТО город Заозерск на всю страницу, и еще раз, и еще</w:t></w:r></w:p>";
        var bombs = new (string Name, HostileDocx Docx, int ExitCode)[]
        {
            ("paragraphs-2gb", new HostileDocx().Body(HostileDocx.Repeat("<w:p/>", 2L * 1024 * 1024 * 1024 / 6)), 1),
            ("paragraphs-700mb", new HostileDocx().Body(HostileDocx.Repeat("<w:p/>", 700L * 1024 * 1024 / 6)), 1),
            ("header-200mb", new HostileDocx().Body(HostileWordFileTests.Title + HostileDocx.PlanTable()).PageHeader("header1.xml", HostileDocx.Repeat(Text, 200L * 1024 * 1024 / 140)), 0),
            ("headers-3x230mb", new HostileDocx().Body(HostileWordFileTests.Title + HostileDocx.PlanTable())
                .PageHeader("header1.xml", HostileDocx.Repeat(Text, 230L * 1024 * 1024 / 140))
                .PageHeader("header2.xml", HostileDocx.Repeat(Text, 230L * 1024 * 1024 / 140))
                .PageHeader("header3.xml", HostileDocx.Repeat(Text, 230L * 1024 * 1024 / 140)), 0),
            ("text-250m", new HostileDocx().Body(w =>
            {
                w.Write(HostileWordFileTests.Title + HostileDocx.PlanTable() + "<w:p><w:r><w:t>");
                HostileDocx.Repeat("ЗАТО город Заозерск ", 250_000_000 / 20)(w);
                w.Write("</w:t></w:r></w:p>");
            }), 1),
            ("measure-30m", new HostileDocx().Body(w =>
            {
                // A measure of 30 million characters, just within the text limit: imported.
                var table = HostileDocx.PlanTable("MEASURE").Split("MEASURE");
                w.Write(HostileWordFileTests.Title + table[0]);
                HostileDocx.Repeat("ЗАТО город Заозерск ", 30_000_000 / 20)(w);
                w.Write(table[1]);
            }), 0),
        };

        foreach (var (name, docx, expected) in bombs)
        {
            var path = In(name + ".docx");
            docx.Save(path);
            var size = new FileInfo(path).Length;

            var clock = Stopwatch.StartNew();
            var (code, stdout, stderr, peak) = RunMeasured(["import", path, "--out", In(name + ".json")]);

            output.WriteLine($"{name}: {size / 1024.0:0} KB file, exit {code}, {clock.Elapsed.TotalSeconds:0.0} s, peak {peak / 1024.0:0} MB; {stdout.Split('\n')[0]}{stderr.Split('\n')[0]}");
            AssertClean(code, stdout, stderr.Split('\n').Where(l => !l.StartsWith('\t')).Aggregate(string.Empty, (a, l) => a + l + "\n"));
            Assert.Equal(expected, code);
            Assert.True(size < 64L * 1024 * 1024);
            Assert.True(peak < 1024 * 1024, $"{name}: peak {peak} KB");
            File.Delete(path);
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>The host under /usr/bin/time -v: its exit code, output, error (with time's report) and peak resident memory in KB.</summary>
    private static (int ExitCode, string Out, string Error, long PeakKilobytes) RunMeasured(string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["-v", "dotnet", Path.Combine(AppContext.BaseDirectory, "Zaozersk.Reporting.Sample.dll"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["LANG"] = "C.UTF-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), "the host did not finish");
        var error = stderr.Result;
        var peak = long.Parse(PeakLine().Match(error).Groups[1].Value, CultureInfo.InvariantCulture);
        var exit = int.Parse(ExitLine().Match(error).Groups[1].Value, CultureInfo.InvariantCulture);
        return (exit, stdout.Result, error, peak);
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakLine();

    [GeneratedRegex(@"Exit status: (\d+)")]
    private static partial Regex ExitLine();
}
