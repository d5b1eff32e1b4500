using System.Reflection;
using System.Text;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Localization;

/// <summary>
/// Issue #27, point 2: every message of the loader and the validator exists in Russian and in English.
/// Each code of reading (ZR00xx) and of content (ZR01xx) is brought about by a real file, the seed
/// changed in one place, and its message read in both languages; a code added without an input here fails.
/// </summary>
public sealed class ValidationMessagesTests : IDisposable
{
    private static readonly string SeedJson = File.ReadAllText(TestData.SeedJsonPath).ReplaceLineEndings("\n");

    /// <summary>Closes the last section, before the signatories: a place to add a section.</summary>
    private const string AfterLastSection = "    }\n  ],\n  \"signatories\"";

    /// <summary>
    /// For each code, the file that gives it: the seed changed in one way. Null stands for a file that
    /// does not exist. (The seed itself gives ZR0143 and ZR0150: it has measures without execution
    /// information and no signatories.)
    /// </summary>
    private static readonly Dictionary<string, Func<string?>> Inputs = new(StringComparer.Ordinal)
    {
        [DiagnosticCodes.InvalidJson] = () => SeedWith(("\"to\": 2024", "\"to\": 2024,")),
        [DiagnosticCodes.WrongType] = () => SeedWith(("\"from\": 2021", "\"from\": \"2021\"")),
        [DiagnosticCodes.MissingProperty] = () => SeedWith(("      \"title\": \"Организационные мероприятия\",\n", string.Empty)),
        [DiagnosticCodes.UnknownProperty] = () => SeedWith(("\"organisation\"", "\"organisaton\"")),
        [DiagnosticCodes.InvalidValue] = () => SeedWith(("\"kind\": \"year\"", "\"kind\": \"yaer\"")),
        [DiagnosticCodes.DuplicateProperty] = () => SeedWith(("\"kind\": \"report\",", "\"kind\": \"report\", \"kind\": \"report\",")),
        [DiagnosticCodes.UnreadableFile] = () => null,
        [DiagnosticCodes.EmptyText] = () => SeedWith(("\"title\": \"Организационные мероприятия\"", "\"title\": \" \"")),
        [DiagnosticCodes.MalformedNumber] = () => SeedWith(("\"number\": \"1.1\"", "\"number\": \"1.1.\"")),
        [DiagnosticCodes.DuplicateNumber] = () => SeedWith(("\"number\": \"1.2\"", "\"number\": \"1.1\"")),
        [DiagnosticCodes.NumberOutOfOrder] = () => SeedWith(("\"number\": \"1.2\"", "\"number\": \"1.9\"")),
        [DiagnosticCodes.ItemOutsideSection] = () => SeedWith(("\"number\": \"1.2\"", "\"number\": \"2.2\"")),
        [DiagnosticCodes.NumberGap] = () => SeedWith(("\"number\": \"9.7\"", "\"number\": \"9.8\"")),
        [DiagnosticCodes.MissingParentItem] = () => SeedWith(("\"number\": \"9.7\"", "\"number\": \"9.7.1\"")),
        [DiagnosticCodes.InvalidPlanPeriod] = () => SeedWith(("\"to\": 2024", "\"to\": 2020")),
        [DiagnosticCodes.MissingReportPeriod] = () => SeedWith(("  \"reportPeriod\": {\n    \"kind\": \"year\",\n    \"year\": 2022\n  },\n", string.Empty)),
        [DiagnosticCodes.ReportPeriodOutsidePlan] = () => SeedWith(("\"year\": 2022", "\"year\": 2025")),
        [DiagnosticCodes.InvalidReportPeriodNumber] = () => SeedWith(("\"kind\": \"year\"", "\"kind\": \"quarter\"")),
        [DiagnosticCodes.ReportPeriodInPlan] = () => SeedWith(("\"kind\": \"report\"", "\"kind\": \"plan\"")),
        [DiagnosticCodes.MalformedDate] = () => SeedWith(("\"kind\": \"report\",", "\"kind\": \"report\",\n  \"date\": \"2023-01-30\",")),
        [DiagnosticCodes.NumberSignInActNumber] = () => SeedWith(("\"heading\": \"УТВЕРЖДЕН\",", "\"heading\": \"УТВЕРЖДЕН\", \"number\": \"№ 336\",")),
        [DiagnosticCodes.ApprovalHeadingStyle] = () => SeedWith(("\"heading\": \"УТВЕРЖДЕН\"", "\"heading\": \"Утвержден\"")),
        [DiagnosticCodes.ApprovalPersonAndAct] = () => SeedWith(("\"heading\": \"УТВЕРЖДЕН\"", "\"heading\": \"УТВЕРЖДАЮ\", \"position\": \"Глава ЗАТО город Заозерск\"")),
        [DiagnosticCodes.DatedBeforePeriodEnd] = () => SeedWith(("\"kind\": \"report\",", "\"kind\": \"report\",\n  \"date\": \"30.12.2022\",")),
        [DiagnosticCodes.ControlCharacter] = () => SeedWith(("\"title\": \"Организационные мероприятия\"", "\"title\": \"Организационные\\u0007 мероприятия\"")),
        [DiagnosticCodes.ReplacementCharacter] = () => SeedWith(("\"title\": \"Организационные мероприятия\"", "\"title\": \"Организационные \uFFFD мероприятия\"")),
        [DiagnosticCodes.CharacterNotInFont] = () => SeedWith(("\"title\": \"Организационные мероприятия\"", "\"title\": \"Организационные мероприятия 😀\"")),
        [DiagnosticCodes.UnprintableCharacter] = () => SeedWith(("\"title\": \"Организационные мероприятия\"", "\"title\": \"Организационные \uE000 мероприятия\"")),
        [DiagnosticCodes.EmptySection] = () => SeedWith((AfterLastSection, "    },\n    { \"number\": \"10\", \"title\": \"Прочие мероприятия\", \"items\": [] }\n  ],\n  \"signatories\"")),
        [DiagnosticCodes.NoResponsible] = () => WithMeasureTen,
        [DiagnosticCodes.EmptyDeadline] = () => WithMeasureTen,
        [DiagnosticCodes.MissingExecution] = () => SeedJson,
        [DiagnosticCodes.ExecutionInPlan] = () => SeedWith(("\"kind\": \"report\"", "\"kind\": \"plan\"")),
        [DiagnosticCodes.TextOverBlockLimit] = () => SeedWith(("\"execution\": \"-\"", "\"execution\": \"" + string.Concat(Enumerable.Repeat("а\\n\\n", 250_001)) + "\"")),
        [DiagnosticCodes.NoSignatory] = () => SeedJson,
    };

    private readonly TempFolder _folder = new("zr-messages-");

    /// <summary>The codes of reading and of content, taken from <see cref="DiagnosticCodes"/> itself.</summary>
    public static TheoryData<string> Codes => [.. AllCodes()];

    /// <summary>A section 10 whose only measure has no responsible unit and an empty deadline.</summary>
    private static string WithMeasureTen => SeedWith((AfterLastSection,
        "    },\n    { \"number\": \"10\", \"title\": \"Прочие мероприятия\", \"items\": [ { \"number\": \"10.1\", \"measure\": \"Мера\", \"responsible\": [], \"deadline\": \"\", \"execution\": \"Исполнено\" } ] }\n  ],\n  \"signatories\""));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_codes_are_found_by_reflection()
    {
        // Guards the theory below against passing on an empty list.
        Assert.Contains(DiagnosticCodes.InvalidJson, AllCodes());
        Assert.Contains(DiagnosticCodes.NoSignatory, AllCodes());
        Assert.DoesNotContain(DiagnosticCodes.ImportFormatNotSupported, AllCodes());
        Assert.True(AllCodes().Count >= 30, string.Join(", ", AllCodes()));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task Every_code_reads_in_Russian_and_in_English(string code)
    {
        Assert.True(Inputs.TryGetValue(code, out var input), $"no input brings about {code}: add one to {nameof(Inputs)}");
        var path = Path.Combine(_folder, code + ".json");
        if (input() is { } json)
        {
            await File.WriteAllTextAsync(path, json);
        }

        var english = (await MessageWords.In(MessageLanguage.English, () => PlanDocumentJson.LoadFileAsync(path))).Diagnostics.Where(d => d.Code == code).ToList();
        var russian = (await MessageWords.In(MessageLanguage.Russian, () => PlanDocumentJson.LoadFileAsync(path))).Diagnostics.Where(d => d.Code == code).ToList();

        Assert.NotEmpty(english);
        Assert.Equal(english.Select(d => (d.Severity, d.Path, d.Position, d.Source)), russian.Select(d => (d.Severity, d.Path, d.Position, d.Source)));
        foreach (var (inEnglish, inRussian) in english.Zip(russian))
        {
            AssertBothLanguages(inEnglish, inRussian);
        }
    }

    [Fact]
    public async Task A_missing_required_property_is_placed_at_the_object_that_lacks_it()
    {
        // The seed with 'title' taken from its first section and 'from' from the plan period.
        var path = Path.Combine(_folder, "missing.json");
        await File.WriteAllTextAsync(path, SeedWith(("      \"title\": \"Организационные мероприятия\",\n", string.Empty), ("\"from\": 2021,", string.Empty)));

        var result = await MessageWords.In(MessageLanguage.Russian, () => PlanDocumentJson.LoadFileAsync(path));

        Assert.Null(result.Document);
        Assert.Equal(
            [
                ("$.planPeriod", new SourcePosition(6, 17), "нет обязательного свойства 'from'"),
                ("$.sections[0]", new SourcePosition(19, 5), "нет обязательного свойства 'title'"),
            ],
            result.Diagnostics.Select(d => (d.Path, d.Position ?? default, d.Message)));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.MissingProperty, d.Code));
        var lines = (await File.ReadAllTextAsync(path)).Split('\n');
        Assert.Equal("  \"planPeriod\": {", lines[5]);
        Assert.Equal('{', lines[5][16]);
        Assert.Equal("    {", lines[18]);
    }

    [Fact]
    public async Task Counts_in_messages_are_written_as_each_language_writes_them()
    {
        var small = Path.Combine(_folder, "small.json");
        await File.WriteAllTextAsync(small, SeedJson);
        var name = "k" + new string('и', 2_000_000);

        async Task<string> TooLarge(MessageLanguage language) =>
            Assert.Single((await MessageWords.In(language, () => PlanDocumentJson.LoadFileAsync(small, 1000))).Diagnostics).Message;
        string LongName(MessageLanguage language) => MessageWords.In(language, () => PlanDocumentJson.Parse($$"""{ "{{name}}": "report" }"""))
            .Diagnostics.First(d => d.Code == DiagnosticCodes.UnknownProperty).Message;

        Assert.Equal("the input is larger than the maximum input size of 1,000 bytes; raise the limit if the file is really this large", await TooLarge(MessageLanguage.English));
        Assert.Equal("входные данные больше предельного размера (1 000 байт); если файл действительно такой большой, поднимите предел", await TooLarge(MessageLanguage.Russian));
        Assert.Contains("… (2,000,001 characters)'", LongName(MessageLanguage.English), StringComparison.Ordinal);
        Assert.Contains("… (2 000 001 символ)'", LongName(MessageLanguage.Russian), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_named_in_both_languages()
    {
        var english = await MessageWords.In(MessageLanguage.English, () => PlanDocumentJson.LoadFileAsync(_folder));
        var russian = await MessageWords.In(MessageLanguage.Russian, () => PlanDocumentJson.LoadFileAsync(_folder));

        Assert.Equal("it is a folder, not a file", Assert.Single(english.Diagnostics).Message);
        Assert.Equal("это папка, а не файл", Assert.Single(russian.Diagnostics).Message);
        AssertBothLanguages(english.Diagnostics[0], russian.Diagnostics[0]);
    }

    /// <summary>
    /// The same finding in both languages: the English message without a Russian word, the Russian one
    /// with Russian words and without an English one, and each line printed with its severity in its language.
    /// </summary>
    internal static void AssertBothLanguages(Diagnostic english, Diagnostic russian)
    {
        Assert.Equal(english.Code, russian.Code);
        Assert.True(MessageWords.RussianIn(english.Message).Count == 0, $"Russian words in «{english.Message}»: {string.Join(", ", MessageWords.RussianIn(english.Message))}");
        Assert.True(MessageWords.EnglishIn(russian.Message).Count == 0, $"English words in «{russian.Message}»: {string.Join(", ", MessageWords.EnglishIn(russian.Message))}");
        Assert.True(MessageWords.RussianIn(russian.Message).Count > 0, $"no Russian prose in «{russian.Message}»");
        Assert.NotEqual(english.Message, russian.Message);

        var severity = english.IsError ? ("error ", "ошибка ") : ("warning ", "предупреждение ");
        Assert.Contains(severity.Item1 + english.Code + ": ", MessageWords.In(MessageLanguage.English, english.ToString), StringComparison.Ordinal);
        Assert.Contains(severity.Item2 + russian.Code + ": ", MessageWords.In(MessageLanguage.Russian, russian.ToString), StringComparison.Ordinal);
    }

    /// <summary>The seed with each text replaced once; a text not in the seed fails the test rather than change nothing.</summary>
    internal static string SeedWith(params (string Find, string Replace)[] changes)
    {
        var json = new StringBuilder(SeedJson);
        foreach (var (find, replace) in changes)
        {
            var text = json.ToString();
            var at = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0, $"not in the seed: {find}");
            json.Remove(at, find.Length).Insert(at, replace);
        }

        return json.ToString();
    }

    private static List<string> AllCodes() =>
    [
        .. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => c.StartsWith("ZR00", StringComparison.Ordinal) || c.StartsWith("ZR01", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];
}
