using System.Text;
using static Zaozersk.Reporting.Tests.Localization.ValidationMessagesTests;

namespace Zaozersk.Reporting.Tests.Localization;

/// <summary>
/// Issue #27, point 2: a syntax error in the JSON is named in our words, in Russian and in English, by
/// what is at the place the reader stopped; System.Text.Json's own wording («Change the reader
/// options») never reaches the user. Each case is the seed broken the way people break JSON by hand.
/// </summary>
public sealed class JsonSyntaxMessagesTests : IDisposable
{
    /// <summary>Phrases of System.Text.Json's messages, none of which may be shown.</summary>
    private static readonly string[] ReaderWording =
    [
        "reader options", "Expected", "LineNumber", "BytePositionInLine", "is an invalid", "is invalid after", "JSON token", "isFinalBlock", "JSON payload", "maximum configured depth",
    ];

    private readonly TempFolder _folder = new("zr-syntax-");

    public static TheoryData<string> Cases => [.. Broken().Keys];

    public void Dispose() => _folder.Dispose();

    /// <summary>Each case: the broken file, the character offset the error belongs at, and the start of its English message.</summary>
    private static Dictionary<string, (string Json, int At, string English)> Broken()
    {
        var seed = SeedWith();
        var cases = new Dictionary<string, (string, int, string)>(StringComparer.Ordinal);
        void Add(string name, string json, string at, int offset, string english)
        {
            var index = json.IndexOf(at, StringComparison.Ordinal);
            Assert.True(index >= 0, $"{name}: {at}");
            cases.Add(name, (json, index + offset, english));
        }

        Add("trailing comma in an object", SeedWith(("\"to\": 2024", "\"to\": 2024,")), "2024,", 4,
            "malformed JSON: a comma after the last property of an object; remove it");
        Add("trailing comma in an array", SeedWith(("деятельности\"\n          ]", "деятельности\",\n          ]")), "\",\n          ]", 1,
            "malformed JSON: a comma after the last item of an array; remove it");
        Add("missing comma", SeedWith(("\"kind\": \"report\",", "\"kind\": \"report\"")), "\"report\"", 8,
            "malformed JSON: a comma is missing here");
        Add("two commas", SeedWith(("\"kind\": \"report\",", "\"kind\": \"report\",,")), ",,", 1,
            "malformed JSON: a comma where a value or a property should be");
        Add("missing colon", SeedWith(("\"kind\": \"report\"", "\"kind\" \"report\"")), "\"report\"", 0,
            "malformed JSON: ':' is missing after the property name");
        Add("no value", SeedWith(("\"to\": 2024", "\"to\":")), "\"to\":\n  }", 8,
            "malformed JSON: a property has no value after ':'");
        Add("unquoted name", SeedWith(("\"kind\": \"report\"", "kind: \"report\"")), "kind:", 0,
            "malformed JSON: a property name is written in double quotes");
        Add("single quotes", SeedWith(("\"kind\": \"report\"", "\"kind\": 'report'")), "'report'", 0,
            "malformed JSON: texts and names are written in double quotes");
        Add("line break in text", SeedWith(("Заозерск\",\n  \"planSubject\"", "Заозерск,\n  \"planSubject\"")), "Заозерск,\n", 9,
            "malformed JSON: a line break inside text: close the text with \" before the line ends, or write the line break as \\n");
        Add("text not closed", seed[..(seed.IndexOf("Администрация", StringComparison.Ordinal) + 5)], "\"Админ", 0,
            "malformed JSON: the text is not closed: the closing \" is missing");
        Add("unknown escape", SeedWith(("Организационные мероприятия", "Организационные\\q мероприятия")), "\\q", 0,
            "malformed JSON: '\\q' is not an escape JSON knows");
        Add("short \\u escape", SeedWith(("Организационные мероприятия", "Организационные\\u12 мероприятия")), "\\u12", 0,
            "malformed JSON: \\u must be followed by four hexadecimal digits");
        Add("tab in text", SeedWith(("Организационные мероприятия", "Организационные\tмероприятия")), "\t", 0,
            "malformed JSON: a control character (\\u0009) inside text; write it as an escape, such as \\t for a tab");
        Add("comment", SeedWith(("\"kind\": \"report\",", "\"kind\": \"report\", // отчет")), "//", 0,
            "malformed JSON: comments are not allowed in JSON");
        Add("leading zero", SeedWith(("\"from\": 2021", "\"from\": 02021")), "02021", 0,
            "malformed JSON: '02021' is not a number as JSON writes it");
        Add("word without quotes", SeedWith(("\"from\": 2021", "\"from\": twenty")), "twenty", 0,
            "malformed JSON: 'twenty' is not a JSON value: text is written in double quotes");
        Add("brackets that do not match", SeedWith(("\"signatories\": []", "\"signatories\": [}")), "[}", 1,
            "malformed JSON: the brackets do not match");
        var cut = seed[..seed.IndexOf("\"signatories\"", StringComparison.Ordinal)];
        Add("file cut short", cut, string.Empty, cut.Length,
            "the file ends before the JSON is complete: an object or array is not closed");
        Add("more after the end", seed.TrimEnd() + "\n{}", "}\n{}", 2,
            "there is more after the end of the JSON object");
        Add("nested too deep", SeedWith(("\"signatories\": []", "\"signatories\": [" + new string('[', 70) + new string(']', 71))), "\"signatories\": [", 16 + 62,
            "the JSON is nested more than 64 levels deep");
        Add("empty", string.Empty, string.Empty, 0,
            "the file is empty; it must hold a JSON object");
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_syntax_error_is_named_in_our_words_at_its_place(string name)
    {
        var (json, at, english) = Broken()[name];
        var path = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(path, json);

        var inEnglish = await SyntaxError(path, MessageLanguage.English);
        var inRussian = await SyntaxError(path, MessageLanguage.Russian);

        Assert.StartsWith(english, inEnglish.Message, StringComparison.Ordinal);
        Assert.Equal(PositionOf(json, at), inEnglish.Position);
        Assert.Equal(inEnglish.Position, inRussian.Position);
        Assert.DoesNotContain(ReaderWording, w => inEnglish.Message.Contains(w, StringComparison.Ordinal));
        AssertBothLanguages(inEnglish, inRussian);
    }

    [Fact]
    public async Task A_byte_that_is_not_utf8_outside_text_is_named_as_such()
    {
        var bytes = Encoding.UTF8.GetBytes(SeedWith(("\"from\": 2021", "\"from\": ?021")));
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xC0;
        var path = Path.Combine(_folder, "not-utf8.json");
        await File.WriteAllBytesAsync(path, bytes);

        var inEnglish = await SyntaxError(path, MessageLanguage.English);
        var inRussian = await SyntaxError(path, MessageLanguage.Russian);

        Assert.Equal("malformed JSON: the byte 0xC0 here is not UTF-8 text; save the file in UTF-8 encoding", inEnglish.Message);
        Assert.Equal(new SourcePosition(7, 13), inEnglish.Position);
        AssertBothLanguages(inEnglish, inRussian);
    }

    [Fact]
    public void Every_cut_and_every_stray_character_is_named_in_our_words()
    {
        // A small plan cut at each of its characters, and with each character replaced by one that
        // breaks JSON: every syntax error gets a message of ours, in both languages.
        const string Plan = """
            {
              "kind": "plan",
              "organisation": "Администрация",
              "planSubject": "мероприятий по противодействию коррупции",
              "planPeriod": { "from": 2021, "to": 2024 },
              "sections": [ { "number": "1", "title": "Раздел", "items": [ { "number": "1.1", "measure": "Мера", "responsible": ["Отдел"], "deadline": "постоянно" } ] } ],
              "signatories": [ { "position": "Глава", "name": "И.О. Фамилия" } ]
            }
            """;
        var broken = Enumerable.Range(0, Plan.Length).Select(n => Plan[..n])
            .Concat(Enumerable.Range(0, Plan.Length).SelectMany(n => ",:{}[]\"\\/'x0\t".Select(c => Plan[..n] + c + Plan[(n + 1)..])));
        var named = 0;
        foreach (var json in broken)
        {
            var inEnglish = MessageWords.In(MessageLanguage.English, () => PlanDocumentJson.Parse(json)).Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidJson).ToList();
            var inRussian = MessageWords.In(MessageLanguage.Russian, () => PlanDocumentJson.Parse(json)).Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidJson).ToList();
            Assert.Equal(inEnglish.Count, inRussian.Count);
            foreach (var (english, russian) in inEnglish.Zip(inRussian))
            {
                Assert.False(ReaderWording.Any(w => english.Message.Contains(w, StringComparison.Ordinal)), english.Message);
                Assert.Equal(english.Position, russian.Position);
                AssertBothLanguages(english, russian);
                named++;
            }
        }

        Assert.True(named > Plan.Length, $"only {named} syntax errors");
    }

    private static async Task<Diagnostic> SyntaxError(string path, MessageLanguage language)
    {
        var result = await MessageWords.In(language, () => PlanDocumentJson.LoadFileAsync(path));
        Assert.Null(result.Document);
        return Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidJson);
    }

    /// <summary>Line and column (in characters, 1-based) of the character at <paramref name="index"/>.</summary>
    private static SourcePosition PositionOf(string text, int index)
    {
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new SourcePosition(text[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }
}
