using System.Text.RegularExpressions;
using Zaozersk.Reporting.Sample;
using Zaozersk.Reporting.Tests.Sample;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Localization;

/// <summary>
/// The sample host speaks Russian or English: chosen by <c>--lang</c>, else by the locale variables
/// (LC_ALL, LC_MESSAGES, LANG, the first set one winning). Every line it prints, its help and
/// System.CommandLine's parts of it included, is in that language, apart from what is quoted.
/// </summary>
public sealed partial class HostLanguageTests : IDisposable
{
    private readonly TempFolder _directory = new("zr-host-lang-");

    public void Dispose() => _directory.Dispose();

    /// <summary>What the host is asked, the exit code it gives and a phrase each language's output holds (so an empty or unchanged output cannot pass).</summary>
    private sealed record Scenario(string[] Args, int ExitCode, string Russian, string English);

    private static readonly Dictionary<string, Scenario> Scenarios = new(StringComparer.Ordinal)
    {
        ["help"] = new(["--help"], 0, "Использование:\n  zaozersk-report [команда] [параметры]", "Usage:\n  zaozersk-report [command] [options]"),
        ["render help"] = new(["render", "--help"], 0, "Аргументы:\n  <файл>", "Arguments:\n  <input>"),
        ["batch help"] = new(["batch", "--help"], 0, "--out <папка> (обязательный)", "--out <folder> (REQUIRED)"),
        ["validate help"] = new(["validate", "--help"], 0, "Проверить план или отчет", "Check a JSON plan or report"),
        ["init help"] = new(["init", "--help"], 0, "Вместе с --from: 2025 (год)", "With --from: 2025,"),
        ["import help"] = new(["import", "--help"], 0, "Перенести план или отчет из документа Word", "Import a Word plan or report"),
        ["templates help"] = new(["templates", "--help"], 0, "Команды:\n  export <папка>", "Commands:\n  export <folder>"),
        ["templates export help"] = new(["templates", "export", "--help"], 0, "zaozersk-report templates export <папка> [параметры]", "zaozersk-report templates export <folder> [options]"),
        ["schema help"] = new(["schema", "--help"], 0, "Показать справку и порядок вызова", "Show help and usage information"),
        ["validate broken"] = new(["validate", "{broken}"], 1, ": ошибок: 1, предупреждений: 0", ": 1 error(s), 0 warning(s)"),
        ["validate seed"] = new(["validate", "{seed}"], 0, "план на 2021–2024 годы, за 2022 год; 9 разделов, 50 мероприятий", "plan 2021–2024, for the year 2022; 9 sections, 50 measures"),
        ["render seed"] = new(["render", "{seed}", "--out", "{out}"], 0, "предупреждение ZR0143", "warning ZR0143"),
        ["unknown flag"] = new(["validate", "{seed}", "--colour"], 2, "ошибка: неизвестный параметр '--colour'", "error: unknown option '--colour'"),
        ["missing argument"] = new(["render"], 2, "ошибка: для команды 'render' не указан аргумент <файл>", "error: 'render' needs <input>"),
        ["missing option"] = new(["batch", "{out}"], 2, "ошибка: не указан обязательный параметр --out", "error: --out is required"),
        ["missing command"] = new([], 2, "ошибка: укажите команду: 'render'", "error: give a command: 'render'"),
    };

    /// <summary>The ways the host is told its language: the flag, or the locale variables of its environment.</summary>
    private static readonly Dictionary<string, (string[] Flag, Dictionary<string, string>? Environment)> Russian = new(StringComparer.Ordinal)
    {
        ["--lang ru"] = (["--lang", "ru"], null),
        ["LANG=ru_RU.UTF-8"] = ([], new() { ["LANG"] = "ru_RU.UTF-8" }),
        ["LC_ALL=ru_RU.UTF-8 over LANG=en_US.UTF-8"] = ([], new() { ["LC_ALL"] = "ru_RU.UTF-8", ["LANG"] = "en_US.UTF-8" }),
    };

    private static readonly Dictionary<string, (string[] Flag, Dictionary<string, string>? Environment)> English = new(StringComparer.Ordinal)
    {
        ["--lang en over LANG=ru_RU.UTF-8"] = (["--lang", "en"], new() { ["LANG"] = "ru_RU.UTF-8" }),
        ["LC_ALL=C.UTF-8 over LANG=ru_RU.UTF-8"] = ([], new() { ["LC_ALL"] = "C.UTF-8", ["LANG"] = "ru_RU.UTF-8" }),
    };

    public static TheoryData<string, string> RussianRuns() => Runs(Russian.Keys);

    public static TheoryData<string, string> EnglishRuns() => Runs(English.Keys);

    private static TheoryData<string, string> Runs(IEnumerable<string> ways)
    {
        var runs = new TheoryData<string, string>();
        foreach (var way in ways)
        {
            foreach (var scenario in Scenarios.Keys)
            {
                runs.Add(way, scenario);
            }
        }

        return runs;
    }

    [Theory]
    [MemberData(nameof(RussianRuns))]
    public void Everything_the_host_itself_prints_in_russian_has_no_english_word(string way, string scenario)
    {
        var (lines, _) = RussianOutput(way, scenario);

        var english = lines.SelectMany(line => MessageWords.EnglishIn(line.Host).Select(word => $"{word} in: {line.Host}")).ToList();
        Assert.True(english.Count == 0, string.Join('\n', english));
    }

    /// <summary>
    /// The library's own messages in the host's Russian output (the text of diagnostics after their JSON
    /// path): with the host's lines above, the whole output is checked.
    /// </summary>
    [Theory]
    [MemberData(nameof(RussianRuns))]
    public void The_library_messages_in_the_host_russian_output_have_no_english_word(string way, string scenario)
    {
        var (lines, _) = RussianOutput(way, scenario);

        var english = lines.Where(line => line.Library is not null)
            .SelectMany(line => MessageWords.EnglishIn(line.Library!).Select(word => $"{word} in: {line.Library}")).ToList();
        Assert.True(english.Count == 0, string.Join('\n', english));
    }

    [Theory]
    [MemberData(nameof(EnglishRuns))]
    public void Everything_the_host_prints_in_english_has_no_russian_word(string way, string scenario)
    {
        var (flag, environment) = English[way];
        var expected = Scenarios[scenario];

        var (code, output) = Run(expected, flag, environment);

        Assert.Equal(expected.ExitCode, code);
        Assert.Contains(expected.English, output, StringComparison.Ordinal);

        // The seed's Russian texts (the organisation in the summary, values in messages) appear only
        // quoted, which the check leaves out; the library's messages are English already and checked too.
        var russian = Lines(output).SelectMany(line => MessageWords.RussianIn(line).Select(word => $"{word} in: {line}")).ToList();
        Assert.True(russian.Count == 0, string.Join('\n', russian));
    }

    [Theory]
    [InlineData("ru_RU.UTF-8", null, null, MessageLanguage.Russian)]
    [InlineData("ru_RU", null, null, MessageLanguage.Russian)]
    [InlineData("ru", null, null, MessageLanguage.Russian)]
    [InlineData("en_US.UTF-8", null, null, MessageLanguage.English)]
    [InlineData("C.UTF-8", null, null, MessageLanguage.English)]
    [InlineData(null, null, null, MessageLanguage.English)]
    [InlineData("en_US.UTF-8", null, "ru_RU.UTF-8", MessageLanguage.Russian)]
    [InlineData("ru_RU.UTF-8", null, "C", MessageLanguage.English)]
    [InlineData("en_US.UTF-8", "ru_RU.UTF-8", null, MessageLanguage.Russian)]
    [InlineData("ru_RU.UTF-8", "POSIX", null, MessageLanguage.English)]
    [InlineData("en_US.UTF-8", "ru_RU.UTF-8", "C.UTF-8", MessageLanguage.English)]
    [InlineData("ru_RU.UTF-8", "", "", MessageLanguage.Russian)]
    public void The_first_set_of_lc_all_lc_messages_and_lang_decides(string? lang, string? messages, string? all, MessageLanguage expected)
    {
        var variables = new Dictionary<string, string?> { ["LANG"] = lang, ["LC_MESSAGES"] = messages, ["LC_ALL"] = all };

        Assert.Equal(expected, HostLanguage.FromLocaleVariables(name => variables.GetValueOrDefault(name)));
    }

    [Theory]
    [InlineData(0x0419, MessageLanguage.Russian)]
    [InlineData(0x0819, MessageLanguage.Russian)]
    [InlineData(0x0409, MessageLanguage.English)]
    [InlineData(0x0422, MessageLanguage.English)]
    [InlineData(0x0407, MessageLanguage.English)]
    public void A_windows_display_language_is_russian_when_its_primary_language_is(int languageId, MessageLanguage expected) =>
        Assert.Equal(expected, HostLanguage.FromWindowsLanguageId(languageId));

    [Theory]
    [InlineData("ru", MessageLanguage.Russian)]
    [InlineData("RU", MessageLanguage.Russian)]
    [InlineData("en", MessageLanguage.English)]
    [InlineData("En", MessageLanguage.English)]
    public void The_flag_takes_ru_or_en_in_any_case(string value, MessageLanguage expected)
    {
        Assert.True(HostLanguage.TryParse(value, out var language));
        Assert.Equal(expected, language);
    }

    [Theory]
    [InlineData("--lang", "fr", "error: --lang 'fr': use 'ru' or 'en'")]
    [InlineData("--lang", "", "error: --lang '': use 'ru' or 'en'")]
    public void Another_language_is_a_usage_error_in_the_systems_language(string flag, string value, string expected)
    {
        var (code, _, error) = SampleHostProcess.Run(["validate", TestData.SeedJsonPath, flag, value]);
        var (russianCode, _, russianError) = SampleHostProcess.Run(["validate", TestData.SeedJsonPath, flag, value], new Dictionary<string, string> { ["LANG"] = "ru_RU.UTF-8" });

        Assert.Equal((2, 2), (code, russianCode));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains($"ошибка: --lang '{value}': укажите 'ru' или 'en'", russianError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flag_may_follow_the_command()
    {
        var (code, output, _) = SampleHostProcess.Run(["templates", "export", "--lang=ru", "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("Использование:\n  zaozersk-report templates export <папка> [параметры]", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>A Russian run's lines, each split into what the host makes and, for a diagnostic, the library's message.</summary>
    private (List<(string Host, string? Library)> Lines, string Output) RussianOutput(string way, string scenario)
    {
        var (flag, environment) = Russian[way];
        var expected = Scenarios[scenario];

        var (code, output) = Run(expected, flag, environment);

        Assert.Equal(expected.ExitCode, code);
        Assert.Contains(expected.Russian, output, StringComparison.Ordinal);
        var lines = Lines(output).Select(line => DiagnosticLine().Match(line) is { Success: true } diagnostic
            ? (diagnostic.Groups["head"].Value, diagnostic.Groups["message"].Value)
            : (line, (string?)null)).ToList();
        return (lines, output);
    }

    /// <summary>Runs a scenario (its files made in the test's folder) with the language given by flag or environment; the output is standard output then standard error.</summary>
    private (int Code, string Output) Run(Scenario scenario, string[] flag, Dictionary<string, string>? environment)
    {
        var seed = Path.Combine(_directory, "zaozersk-2022.json");
        var broken = Path.Combine(_directory, "broken.json");
        File.Copy(TestData.SeedJsonPath, seed, overwrite: true);
        File.WriteAllText(broken, "{ \"kind\": \"report\",");
        var args = scenario.Args
            .Select(a => a.Replace("{seed}", seed, StringComparison.Ordinal).Replace("{broken}", broken, StringComparison.Ordinal).Replace("{out}", Path.Combine(_directory, "out"), StringComparison.Ordinal))
            .Concat(flag);

        var (code, output, error) = SampleHostProcess.Run(args, environment);
        return (code, (output + error).ReplaceLineEndings("\n").Replace(_directory, string.Empty, StringComparison.Ordinal));
    }

    /// <summary>
    /// The output's lines with what the user types left out: the program's and its commands' names in
    /// help (usage lines and the first column of the commands' list), which read the same in both languages.
    /// </summary>
    private static IEnumerable<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => CommandNames().Replace(line, " "));

    // A diagnostic as Diagnostic.ToString writes it: the place, the severity, the code and the JSON path
    // (the host's and the library's formatting), then the library's message.
    [GeneratedRegex(@"^(?<head>.*?: (?:error|warning|ошибка|предупреждение) ZR\d{4}: \$\S*): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"zaozersk-report(?: (?:render|batch|validate|init|import|templates|export|schema|serve)\b)*|^ {2}(?:render|batch|validate|init|import|templates|export|schema|serve)\b")]
    private static partial Regex CommandNames();
}
