using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Validation;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Model;

/// <summary>The validator on the real seed report, each rule shown by breaking the seed in one place.</summary>
public sealed class PlanValidatorTests
{
    private static readonly PlanDocument Seed = TestData.Seed;

    private static PlanDocument WithSection(int index, Func<PlanSection, PlanSection> change)
    {
        var sections = Seed.Sections.ToArray();
        sections[index] = change(sections[index]);
        return Seed with { Sections = sections };
    }

    private static PlanDocument WithItem(int section, int item, Func<PlanItem, PlanItem> change) =>
        WithSection(section, s =>
        {
            var items = s.Items.ToArray();
            items[item] = change(items[item]);
            return s with { Items = items };
        });

    private static Diagnostic Only(PlanDocument document, string code)
    {
        var found = PlanValidator.Validate(document).Where(d => d.Code == code).ToList();
        return Assert.Single(found);
    }

    [Fact]
    public void A_text_making_more_blocks_than_a_document_holds_is_a_warning_naming_it()
    {
        // Paragraphs of one letter, a blank line between them: the shortest way past the block limit.
        var text = string.Join("\n\n", Enumerable.Repeat("а", TextConvention.DefaultMaxBlocks + 1));

        var warning = Only(WithItem(1, 2, i => i with { Execution = text }), DiagnosticCodes.TextOverBlockLimit);

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("$.sections[1].items[2].execution", warning.Path);
        Assert.StartsWith("this text makes 250,001 paragraphs and lists by itself, more than a document holds (250,000, the block limit)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Texts_within_the_block_limit_or_not_printed_give_no_block_warning()
    {
        var atLimit = string.Join("\n\n", Enumerable.Repeat("а", TextConvention.DefaultMaxBlocks));
        var longButOneParagraph = new string('а', 3 * TextConvention.DefaultMaxBlocks);
        var overLimit = atLimit + "\n\nб";

        Assert.DoesNotContain(PlanValidator.Validate(WithSection(0, s => s with { Note = atLimit })), d => d.Code == DiagnosticCodes.TextOverBlockLimit);
        Assert.DoesNotContain(PlanValidator.Validate(WithItem(0, 0, i => i with { Note = longButOneParagraph })), d => d.Code == DiagnosticCodes.TextOverBlockLimit);
        Assert.Equal("$.sections[0].note", Only(WithSection(0, s => s with { Note = overLimit }), DiagnosticCodes.TextOverBlockLimit).Path);

        // A plan does not print execution text (ZR0144 says so); its length is no block warning.
        var plan = WithItem(0, 0, i => i with { Execution = overLimit }) with { Kind = DocumentKind.Plan };
        Assert.DoesNotContain(PlanValidator.Validate(plan), d => d.Code == DiagnosticCodes.TextOverBlockLimit);
    }

    [Fact]
    public void Seed_report_has_no_errors_and_only_the_expected_warnings()
    {
        var diagnostics = PlanValidator.Validate(Seed);

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        // Three measures of the real report have an empty execution cell, and it names no signatory.
        Assert.Equal(
            ["ZR0143 $.sections[2].items[2].execution", "ZR0143 $.sections[2].items[3].execution", "ZR0143 $.sections[4].items[3].execution", "ZR0150 $.signatories"],
            diagnostics.Select(d => $"{d.Code} {d.Path}"));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u2060\u00AD \uFEFF")]
    [InlineData("\u200C\u200D")]
    public void A_text_of_only_invisible_characters_counts_as_empty(string invisible)
    {
        var document = WithItem(0, 0, i => i with { Execution = invisible, Deadline = invisible, Measure = invisible });

        var found = PlanValidator.Validate(document).Select(d => $"{d.Code} {d.Path}").ToList();

        Assert.Contains($"{DiagnosticCodes.MissingExecution} $.sections[0].items[0].execution", found);
        Assert.Contains($"{DiagnosticCodes.EmptyDeadline} $.sections[0].items[0].deadline", found);
        Assert.Contains($"{DiagnosticCodes.EmptyText} $.sections[0].items[0].measure", found);
    }

    [Fact]
    public void Duplicate_section_number()
    {
        var error = Only(WithSection(1, s => s with { Number = "1" }), DiagnosticCodes.DuplicateNumber);

        Assert.Equal("$.sections[1].number", error.Path);
        Assert.Equal("section number 1 is used twice (first at $.sections[0].number)", error.Message);
    }

    [Fact]
    public void Duplicate_measure_number()
    {
        var error = Only(WithItem(0, 2, i => i with { Number = "1.2" }), DiagnosticCodes.DuplicateNumber);

        Assert.Equal("$.sections[0].items[2].number", error.Path);
        Assert.True(error.IsError);
    }

    [Fact]
    public void Measures_out_of_order()
    {
        // 2.10 after 2.9 is in order (numbers compare part by part, not as text); 2.4 after 2.5 is not.
        var error = Only(WithItem(1, 4, i => i with { Number = "2.4" }).Let(d => WithItemIn(d, 1, 3, "2.5")), DiagnosticCodes.NumberOutOfOrder);

        Assert.Equal("$.sections[1].items[4].number", error.Path);
        Assert.Equal("measure 2.4 comes after 2.5; measures must be in ascending order", error.Message);
    }

    [Fact]
    public void Measure_numbered_outside_its_section()
    {
        var error = Only(WithItem(2, 0, i => i with { Number = "2.20" }), DiagnosticCodes.ItemOutsideSection);

        Assert.Equal("$.sections[2].items[0].number", error.Path);
        Assert.Equal("measure 2.20 is in section 3; its number must begin with 3.", error.Message);
    }

    [Theory]
    [InlineData("1.2.")]
    [InlineData("1. 2")]
    [InlineData("01.2")]
    [InlineData("")]
    public void Malformed_measure_number(string number)
    {
        var error = Only(WithItem(0, 1, i => i with { Number = number }), DiagnosticCodes.MalformedNumber);

        Assert.Equal("$.sections[0].items[1].number", error.Path);
    }

    [Fact]
    public void Gap_in_numbering_is_a_warning()
    {
        var warning = Only(WithItem(0, 1, i => i with { Number = "1.3" }).Let(d => WithItemIn(d, 0, 2, "1.4")), DiagnosticCodes.NumberGap);

        Assert.False(warning.IsError);
        Assert.Equal("numbering jumps from 1.1 to 1.3", warning.Message);
    }

    [Fact]
    public void Roman_section_numbers_and_nested_measures_are_accepted()
    {
        var document = WithSection(0, s => s with
        {
            Number = "I",
            Items = [s.Items[0], s.Items[0] with { Number = "1.1.1" }, s.Items[1]],
        }).Let(d => d with { Sections = [.. d.Sections.Take(2)] });
        document = document with { Sections = [document.Sections[0], document.Sections[1] with { Number = "II" }] };

        Assert.DoesNotContain(PlanValidator.Validate(document), d => d.IsError || d.Code == DiagnosticCodes.NumberGap);
    }

    [Fact]
    public void Flat_numbering_through_all_sections_is_accepted()
    {
        var counter = 0;
        var sections = Seed.Sections.Select(s => s with { Items = s.Items.Select(i => i with { Number = (++counter).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray() }).ToArray();

        var diagnostics = PlanValidator.Validate(Seed with { Sections = sections });

        Assert.DoesNotContain(diagnostics, d => d.IsError || d.Code == DiagnosticCodes.NumberGap);
    }

    [Fact]
    public void Empty_measure_text()
    {
        var error = Only(WithItem(0, 0, i => i with { Measure = " \n " }), DiagnosticCodes.EmptyText);

        Assert.Equal("$.sections[0].items[0].measure", error.Path);
        Assert.Equal("the text of measure 1.1 is empty", error.Message);
    }

    [Fact]
    public void Report_period_outside_the_plan_period()
    {
        var error = Only(Seed with { ReportPeriod = new ReportPeriod { Kind = ReportPeriodKind.Year, Year = 2025 } }, DiagnosticCodes.ReportPeriodOutsidePlan);

        Assert.Equal("$.reportPeriod.year", error.Path);
        Assert.Equal("the report period year 2025 is outside the plan period 2021–2024", error.Message);
    }

    [Fact]
    public void Report_without_a_report_period()
    {
        var error = Only(Seed with { ReportPeriod = null }, DiagnosticCodes.MissingReportPeriod);

        Assert.Equal("$.reportPeriod", error.Path);
    }

    [Theory]
    [InlineData(ReportPeriodKind.Quarter, 5)]
    [InlineData(ReportPeriodKind.Quarter, null)]
    [InlineData(ReportPeriodKind.HalfYear, 3)]
    [InlineData(ReportPeriodKind.Year, 1)]
    public void Report_period_number_must_fit_its_kind(ReportPeriodKind kind, int? number)
    {
        var error = Only(Seed with { ReportPeriod = new ReportPeriod { Kind = kind, Year = 2022, Number = number } }, DiagnosticCodes.InvalidReportPeriodNumber);

        Assert.Equal("$.reportPeriod.number", error.Path);
    }

    [Fact]
    public void Reversed_plan_period()
    {
        var error = Only(Seed with { PlanPeriod = new YearRange { From = 2024, To = 2021 } }, DiagnosticCodes.InvalidPlanPeriod);

        Assert.Equal("$.planPeriod", error.Path);
    }

    [Theory]
    [InlineData("31.02.2022")]
    [InlineData("2022-04-27")]
    [InlineData("27.4.2022")]
    [InlineData("27.04.22")]
    public void Malformed_approval_date(string date)
    {
        var document = Seed with { Approval = Seed.Approval! with { Date = date, Number = "336" } };

        var error = Only(document, DiagnosticCodes.MalformedDate);

        Assert.Equal("$.approval.date", error.Path);
        Assert.StartsWith($"'{date}' is not a date written as ДД.ММ.ГГГГ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Approval_with_a_real_date_and_number_is_clean()
    {
        var document = Seed with { Approval = Seed.Approval! with { Date = "27.04.2022", Number = "336" } };

        Assert.DoesNotContain(PlanValidator.Validate(document), d => d.Path.StartsWith("$.approval", StringComparison.Ordinal));
    }

    [Fact]
    public void Number_sign_in_the_act_number_is_a_warning()
    {
        var warning = Only(Seed with { Approval = Seed.Approval! with { Number = "№ 336" } }, DiagnosticCodes.NumberSignInActNumber);

        Assert.False(warning.IsError);
    }

    [Fact]
    public void Approval_heading_in_quotes_is_a_warning()
    {
        var warning = Only(Seed with { Approval = Seed.Approval! with { Heading = "«Утвержден»" } }, DiagnosticCodes.ApprovalHeadingStyle);

        Assert.Equal("$.approval.heading", warning.Path);
    }

    [Fact]
    public void Control_character_in_execution_text_names_the_place()
    {
        var error = Only(WithItem(0, 1, i => i with { Execution = "строка\nвторая\u0007" }), DiagnosticCodes.ControlCharacter);

        Assert.Equal("$.sections[0].items[1].execution", error.Path);
        Assert.Equal("contains the character U+0007 at character 14 (line 2 of the text), which a document cannot show; remove it", error.Message);
    }

    [Fact]
    public void Lone_surrogate_is_an_error()
    {
        var error = Only(WithSection(0, s => s with { Title = "Раздел \uD800" }), DiagnosticCodes.ControlCharacter);

        Assert.Equal("$.sections[0].title", error.Path);
    }

    [Fact]
    public void Report_dated_before_its_period_ends_is_a_warning()
    {
        var warning = Only(Seed with { Date = "30.12.2022" }, DiagnosticCodes.DatedBeforePeriodEnd);

        Assert.Equal("the report is dated 30.12.2022, before its period ends on 31.12.2022", warning.Message);
        Assert.DoesNotContain(PlanValidator.Validate(Seed with { Date = "30.01.2023" }), d => d.Path == "$.date");
    }

    [Fact]
    public void Plan_with_execution_text_and_report_period_gets_warnings_not_errors()
    {
        var diagnostics = PlanValidator.Validate(Seed with { Kind = DocumentKind.Plan });

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ReportPeriodInPlan);
        Assert.Equal(47, diagnostics.Count(d => d.Code == DiagnosticCodes.ExecutionInPlan));
    }

    [Fact]
    public void Loading_attaches_line_and_column_to_validation_findings()
    {
        var json = File.ReadAllText(TestData.SeedJsonPath).Replace("\"number\": \"1.2\"", "\"number\": \"1.1\"", StringComparison.Ordinal);

        var result = PlanDocumentJson.Parse(json, "seed.json");

        Assert.NotNull(result.Document);
        Assert.True(result.HasErrors);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        var lines = json.Split('\n');
        var second = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains("\"number\": \"1.1\"", StringComparison.Ordinal)).ElementAt(1);
        Assert.Equal("$.sections[0].items[1].number", error.Path);
        Assert.Equal("seed.json", error.Source);
        Assert.Equal(new SourcePosition(second + 1, lines[second].IndexOf('"', StringComparison.Ordinal) + 1), error.Position);
    }

    private static PlanDocument WithItemIn(PlanDocument document, int section, int item, string number)
    {
        var sections = document.Sections.ToArray();
        var items = sections[section].Items.ToArray();
        items[item] = items[item] with { Number = number };
        sections[section] = sections[section] with { Items = items };
        return document with { Sections = sections };
    }
}

internal static class FunctionalExtensions
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> f) => f(value);
}
