using System.Text;

namespace Zaozersk.Reporting.Tests.Model;

/// <summary>Bad JSON gives one clear error naming the line, the column (in characters) and the JSON path.</summary>
public sealed class JsonLoadingTests
{
    private const string Minimal = """
        {
          "kind": "plan",
          "organisation": "Администрация ЗАТО город Заозерск",
          "planSubject": "мероприятий по противодействию коррупции",
          "planPeriod": { "from": 2021, "to": 2024 },
          "sections": [
            {
              "number": "1",
              "title": "Организационные мероприятия",
              "items": [
                { "number": "1.1", "measure": "Подготовка предложений", "responsible": ["Отдел"], "deadline": "постоянно" }
              ]
            }
          ],
          "signatories": [ { "position": "Глава ЗАТО город Заозерск", "name": "И.О. Фамилия" } ]
        }
        """;

    private static Diagnostic SingleError(string json)
    {
        var result = PlanDocumentJson.Parse(json, "input.json");
        Assert.Null(result.Document);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public async Task Findings_on_a_valid_file_point_at_their_values_or_their_nearest_ancestor()
    {
        // Positions are looked up only for the findings, by reading the JSON again; the seed's
        // warnings are for values that are missing, so each points at the object that lacks it.
        var result = await PlanDocumentJson.LoadFileAsync(TestData.SeedJsonPath);

        Assert.NotNull(result.Document);
        var located = result.Diagnostics.Select(d => (d.Code, d.Path, d.Position, d.Source)).ToList();
        Assert.Equal(
            [
                (DiagnosticCodes.MissingExecution, "$.sections[2].items[2].execution", new SourcePosition(321, 11), TestData.SeedJsonPath),
                (DiagnosticCodes.MissingExecution, "$.sections[2].items[3].execution", new SourcePosition(330, 11), TestData.SeedJsonPath),
                (DiagnosticCodes.MissingExecution, "$.sections[4].items[3].execution", new SourcePosition(396, 11), TestData.SeedJsonPath),
                (DiagnosticCodes.NoSignatory, "$.signatories", new SourcePosition(551, 3), TestData.SeedJsonPath),
            ],
            located.Select(l => (l.Code, l.Path, l.Position ?? default, l.Source)).ToList());
    }

    [Fact]
    public void Minimal_plan_loads_without_diagnostics()
    {
        var result = PlanDocumentJson.Parse(Minimal);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(DocumentKind.Plan, result.Document!.Kind);
        Assert.Equal("Подготовка предложений", result.Document.Sections[0].Items[0].Measure);
    }

    [Fact]
    public void Omitted_optional_properties_take_their_defaults()
    {
        var start = Minimal.IndexOf(",\n  \"signatories\"", StringComparison.Ordinal);
        var json = Minimal[..start] + ",\n  \"approval\": { \"act\": \"постановлением Администрации\" }\n}";

        var result = PlanDocumentJson.Parse(json);

        Assert.NotNull(result.Document);
        Assert.Empty(result.Document.Signatories);
        Assert.Equal("УТВЕРЖДЕН", result.Document.Approval!.Heading);
        Assert.Null(result.Document.Approval.Date);
        Assert.Equal([DiagnosticCodes.NoSignatory], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Truncated_file_is_reported_at_its_end()
    {
        var json = Minimal[..Minimal.IndexOf("\"signatories\"", StringComparison.Ordinal)];

        var error = SingleError(json);

        Assert.Equal(DiagnosticCodes.InvalidJson, error.Code);
        Assert.Contains("ends before the JSON is complete", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(15, 3), error.Position);
        Assert.Equal("input.json", error.Source);
    }

    [Fact]
    public void Wrong_type_names_path_line_column_and_both_types()
    {
        var json = Minimal.Replace("\"title\": \"Организационные мероприятия\"", "\"title\": 5", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal("$.sections[0].title", error.Path);
        Assert.Equal(new SourcePosition(9, 16), error.Position);
        Assert.Equal("expected text (a JSON string), found the number 5", error.Message);
    }

    [Fact]
    public void Unknown_property_is_rejected_with_the_nearest_known_name()
    {
        var json = Minimal.Replace("\"deadline\"", "\"deadlnie\"", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal(DiagnosticCodes.UnknownProperty, error.Code);
        Assert.Equal("$.sections[0].items[0].deadlnie", error.Path);
        Assert.Equal("unknown property 'deadlnie'; did you mean 'deadline'?", error.Message);
        // Columns count characters, not UTF-8 bytes: the Cyrillic text before it is two bytes a letter.
        var line = json.Split('\n')[10];
        Assert.Equal(new SourcePosition(11, line.IndexOf("\"deadlnie\"", StringComparison.Ordinal) + 1), error.Position);
        Assert.True(Encoding.UTF8.GetByteCount(line[..90]) > 90);
    }

    [Fact]
    public void Unknown_property_far_from_any_name_lists_the_known_ones()
    {
        var json = Minimal.Replace("\"kind\": \"plan\",", "\"kind\": \"plan\", \"colour\": \"red\",", StringComparison.Ordinal);

        var error = SingleError(json);

        Assert.Equal("$.colour", error.Path);
        Assert.StartsWith("unknown property 'colour'; known properties here: $schema, kind, organisation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_sections_is_reported_on_the_object_that_lacks_it()
    {
        var start = Minimal.IndexOf("  \"sections\"", StringComparison.Ordinal);
        var end = Minimal.IndexOf("  \"signatories\"", StringComparison.Ordinal);
        var json = Minimal[..start] + Minimal[end..];

        var error = SingleError(json);

        Assert.Equal(DiagnosticCodes.MissingProperty, error.Code);
        Assert.Equal("$", error.Path);
        Assert.Equal(new SourcePosition(1, 1), error.Position);
        Assert.Equal("missing required property 'sections'", error.Message);
    }

    [Fact]
    public void Kind_outside_its_values_suggests_the_nearest()
    {
        var error = SingleError(Minimal.Replace("\"kind\": \"plan\"", "\"kind\": \"plna\"", StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal("$.kind", error.Path);
        Assert.Equal("'plna' is not allowed here; expected one of: plan, report (did you mean 'plan'?)", error.Message);
    }

    [Theory]
    [InlineData("99", "the number 99")]
    [InlineData("0", "the number 0")]
    [InlineData("1.5", "the number 1.5")]
    [InlineData("true", "true")]
    public void A_status_that_is_not_one_of_its_names_is_refused_even_where_null_is_allowed(string value, string found)
    {
        // A number once passed the check (the status may be null, and a number read as no text
        // matched the null) and printed a mark nobody chose.
        var error = SingleError(Minimal.Replace("\"deadline\": \"постоянно\" }", $"\"deadline\": \"постоянно\", \"status\": {value} }}", StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.InvalidValue, error.Code);
        Assert.Equal("$.sections[0].items[0].status", error.Path);
        Assert.Equal($"{found} is not allowed here; expected one of: done, inProgress, partiallyDone, notDone, notDue", error.Message);
    }

    [Theory]
    [InlineData("utf-16", true, "UTF-16")]
    [InlineData("utf-16", false, "UTF-16")]
    [InlineData("utf-16BE", true, "UTF-16")]
    [InlineData("utf-32", true, "UTF-32")]
    [InlineData("utf-32", false, "UTF-32")]
    public void A_file_saved_in_another_unicode_encoding_is_named_as_such(string encodingName, bool byteOrderMark, string named)
    {
        var encoding = System.Text.Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. (byteOrderMark ? encoding.GetPreamble() : []), .. encoding.GetBytes(Minimal)];

        var result = PlanDocumentJson.Load(bytes, "input.json");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidJson, error.Code);
        Assert.Equal(new SourcePosition(1, 1), error.Position);
        Assert.Equal($"the file is saved as {named}; save it as UTF-8", error.Message);
    }

    [Fact]
    public void Text_after_the_object_is_named_as_such_not_as_an_unfinished_file()
    {
        var error = SingleError(Minimal + "{}");

        Assert.Equal(DiagnosticCodes.InvalidJson, error.Code);
        Assert.Equal("there is more after the end of the JSON object; a file holds one object, so remove what follows it", error.Message);
        Assert.Equal(16, error.Position!.Value.Line);
    }

    [Fact]
    public void A_lone_surrogate_escape_is_named_as_such_not_as_bad_utf8()
    {
        var error = SingleError(Minimal.Replace("Подготовка предложений", "Подготовка\\ud800", StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.InvalidJson, error.Code);
        Assert.Equal("$.sections[0].items[0].measure", error.Path);
        Assert.StartsWith("the text has a \\u escape that is half of a character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_a_misspelt_property_name_are_shown_escaped_in_its_path()
    {
        var error = SingleError(Minimal.Replace("\"kind\": \"plan\",", "\"kind\": \"plan\", \"\\u001b]0;PWNED\\u0007\": 1,", StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.UnknownProperty, error.Code);
        Assert.Equal("$['\\u001B]0;PWNED\\u0007']", error.Path);
        Assert.DoesNotContain('\u001b', error.ToString());
    }

    [Fact]
    public void A_null_status_is_no_status()
    {
        var result = PlanDocumentJson.Parse(Minimal.Replace("\"deadline\": \"постоянно\" }", "\"deadline\": \"постоянно\", \"status\": null }", StringComparison.Ordinal), "input.json");

        Assert.False(result.HasErrors);
        Assert.Null(result.Document!.Sections[0].Items[0].Status);
    }

    [Fact]
    public void Null_for_a_required_text_is_a_wrong_type()
    {
        var error = SingleError(Minimal.Replace("\"measure\": \"Подготовка предложений\"", "\"measure\": null", StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.WrongType, error.Code);
        Assert.Equal("$.sections[0].items[0].measure", error.Path);
        Assert.Equal("expected text (a JSON string), found null", error.Message);
    }

    [Fact]
    public void Duplicate_property_is_an_error()
    {
        var error = SingleError(Minimal.Replace("\"kind\": \"plan\",", "\"kind\": \"plan\", \"kind\": \"report\",", StringComparison.Ordinal));

        Assert.Equal(DiagnosticCodes.DuplicateProperty, error.Code);
        Assert.Equal("$.kind", error.Path);
    }

    [Theory]
    [InlineData("", "the file is empty; it must hold a JSON object", 1, 1)]
    [InlineData("{ \"kind\": \"plan\",, }", "malformed JSON: a comma where a value or a property should be; remove the extra comma", 1, 18)]
    [InlineData("{ \"kind\": 'plan' }", "malformed JSON: texts and names are written in double quotes (\"…\"), not in single ones", 1, 11)]
    [InlineData("{ \"kind\": \"plan\", }", "malformed JSON: a comma after the last property of an object; remove it", 1, 17)]
    [InlineData("[1, 2]", "expected an object, found an array", 1, 1)]
    public void Not_a_document_at_all(string json, string message, int line, int column)
    {
        var error = SingleError(json);

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(line, column), error.Position);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_overflowing()
    {
        var json = "{\"kind\": \"plan\", \"sections\": [" + new string('[', 10_000) + new string(']', 10_000) + "]}";

        var result = PlanDocumentJson.Parse(json);

        Assert.Null(result.Document);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidJson && d.Message == "the JSON is nested more than 64 levels deep");
    }

    [Fact]
    public void Invalid_utf8_is_reported_not_thrown()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal).ToList();
        var at = Encoding.UTF8.GetByteCount(Minimal[..Minimal.IndexOf("Отдел", StringComparison.Ordinal)]);
        bytes[at] = 0xC0;

        var result = PlanDocumentJson.Load(bytes.ToArray(), "input.json");

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidJson, error.Code);
        Assert.Equal(11, error.Position!.Value.Line);
    }

    [Fact]
    public void Byte_order_mark_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();

        var result = PlanDocumentJson.Load(bytes);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Every_structural_problem_is_reported_at_once()
    {
        var json = Minimal
            .Replace("\"deadline\"", "\"deadlnie\"", StringComparison.Ordinal)
            .Replace("\"from\": 2021", "\"from\": \"2021\"", StringComparison.Ordinal);

        var result = PlanDocumentJson.Parse(json);

        // The misspelt 'deadline' is not reported a second time as missing.
        Assert.Equal(["$.planPeriod.from", "$.sections[0].items[0].deadlnie"], result.Diagnostics.Select(d => d.Path));
    }

    [Fact]
    public async Task Missing_file_is_a_diagnostic()
    {
        var result = await PlanDocumentJson.LoadFileAsync(Path.Combine(Path.GetTempPath(), "zr-no-such-file.json"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnreadableFile, error.Code);
        Assert.Equal("cannot read the file: the file does not exist", error.Message);
    }

    [Fact]
    public void Diagnostic_prints_like_a_compiler_message()
    {
        var error = SingleError(Minimal.Replace("\"deadline\"", "\"deadlnie\"", StringComparison.Ordinal));

        Assert.Equal("input.json(11,91): error ZR0004: $.sections[0].items[0].deadlnie: unknown property 'deadlnie'; did you mean 'deadline'?", error.ToString());
    }

    [Fact]
    public void Serialize_then_load_gives_an_equal_document()
    {
        var document = PlanDocumentJson.Parse(Minimal).Document!;

        var again = PlanDocumentJson.Parse(PlanDocumentJson.Serialize(document)).Document!;

        Assert.Equal(PlanDocumentJson.Serialize(document), PlanDocumentJson.Serialize(again));
        Assert.Equal(document.Sections[0].Items[0].Responsible, again.Sections[0].Items[0].Responsible);
    }
}
