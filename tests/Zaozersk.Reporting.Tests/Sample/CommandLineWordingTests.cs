using System.CommandLine;
using System.Globalization;
using System.Resources;
using Zaozersk.Reporting.Sample;
using Zaozersk.Reporting.Tests.Localization;

namespace Zaozersk.Reporting.Tests.Sample;

/// <summary>
/// The host rewords System.CommandLine's parse errors, which that library writes in English only: every
/// wording it has is known, and every mistake on the command line reads in the host's words and language.
/// </summary>
public sealed class CommandLineWordingTests
{
    // Texts of help, of typo suggestions and of the exception handler: the host writes its own help,
    // prints no suggestions (the parse error action is not used) and handles exceptions itself.
    private static readonly string[] NotParseErrors = ["SuggestionsTokenNotMatched", "ExceptionHandlerHeader", "VersionOptionDescription"];

    [Fact]
    public void Every_parse_error_system_commandline_can_report_is_known_by_its_current_wording()
    {
        var resources = new ResourceManager("System.CommandLine.Properties.Resources", typeof(Command).Assembly);
        var all = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
        var errors = all.Keys.Where(k => !k.StartsWith("Help", StringComparison.Ordinal) && !NotParseErrors.Contains(k)).Order(StringComparer.Ordinal);

        Assert.Equal(errors, ParseErrorText.Known.Select(k => k.Resource).Order(StringComparer.Ordinal));
        Assert.All(ParseErrorText.Known, known => Assert.Equal(all[known.Resource], known.Wording));
    }

    [Theory]
    [InlineData("Unrecognized command or argument '{0}'.", "Unrecognized command or argument 'frob nicate'.", "frob nicate")]
    [InlineData("Option '{0}' expects a single argument but {1} were provided.", "Option '--format' expects a single argument but 2 were provided.", "--format", "2")]
    [InlineData("Error reading response file '{0}': {1}", "Error reading response file 'a.rsp': Access to the path\nis denied.", "a.rsp", "Access to the path\nis denied.")]
    public void A_wording_is_recognised_with_its_values(string wording, string message, params string[] values)
    {
        var match = ParseErrorText.Pattern(wording).Match(message);

        Assert.True(match.Success);
        Assert.Equal(values, Enumerable.Range(0, values.Length).Select(i => match.Groups["v" + i].Value));
    }

    // Each a command line with one mistake.
    private static readonly string[][] MistakeLines =
    [
        ["frobnicate"],
        ["validate", "in.json", "--colour"],
        [],
        ["templates"],
        ["render"],
        ["templates", "export"],
        ["batch", "in"],
        ["render", "in.json", "--out"],
        ["render", "in.json", "--format", "docx", "--format", "pdf"],
        ["--version", "render"],
        ["@/no/such/arguments.rsp"],
        ["render", "in.json", "--max-blocks", "0"],
        ["render", "in.json", "--max-markup-depth", "5000"],
        ["render", "in.json", "--max-input-size", "lots"],
        ["batch", "in", "--out", "out", "--parallel", "abc"],
        ["init", "report.json", "--from", "plan.json"],
        ["init", "report.json", "--period", "2025"],
        ["init", "report.json", "--from", "plan.json", "--period", "2025-Q5"],
        ["render", string.Empty],
        ["render", "in.json", "--out", string.Empty],
        ["validate", "in.json", "--lang", "fr"],
    ];

    public static TheoryData<string[]> Mistakes()
    {
        var data = new TheoryData<string[]>();
        foreach (var line in MistakeLines)
        {
            data.Add(line);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_command_line_mistake_reads_in_russian_in_the_hosts_words(string[] args)
    {
        var said = Say(MessageLanguage.Russian, args);

        Assert.NotEmpty(said);
        Assert.All(said, line =>
        {
            Assert.Empty(MessageWords.EnglishIn(line));
            Assert.Matches("[А-Яа-я]", line);
        });
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_command_line_mistake_reads_in_english_in_the_hosts_words_not_system_commandlines(string[] args)
    {
        var said = Say(MessageLanguage.English, args);

        Assert.NotEmpty(said);
        Assert.All(said, line =>
        {
            Assert.Empty(MessageWords.RussianIn(line));
            Assert.DoesNotContain(ParseErrorText.Known, known => ParseErrorText.Pattern(known.Wording).IsMatch(line));
        });
    }

    /// <summary>The errors of parsing <paramref name="args"/> as the host prints them, its commands built in <paramref name="language"/>.</summary>
    private static List<string> Say(MessageLanguage language, string[] args) =>
        MessageWords.In(language, () => Commands.Build().Parse(args).Errors.Select(ParseErrorText.Say).ToList());
}
