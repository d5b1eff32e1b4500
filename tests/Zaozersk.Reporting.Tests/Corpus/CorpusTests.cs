using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit.Abstractions;

namespace Zaozersk.Reporting.Tests.Corpus;

/// <summary>The generated corpus through the whole product: every value the user gave is printed, in both formats.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static readonly string[] StatusCodeNames = ["done", "inProgress", "partiallyDone", "notDone", "notDue", "InProgress", "PartiallyDone", "NotDone", "NotDue"];

    [Theory]
    [MemberData(nameof(FixtureCorpus.Names), MemberType = typeof(FixtureCorpus))]
    public void Fixture_goes_through_JSON_unchanged_and_validates_without_errors(string name)
    {
        var fixture = FixtureCorpus.Get(name);
        var json = PlanDocumentJson.Serialize(fixture.Document);

        var loaded = PlanDocumentJson.Parse(json, name + ".json");

        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.Equal(json, PlanDocumentJson.Serialize(loaded.Document!));
        var errors = new DocumentRenderer().Validate(loaded.Document!).Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        // ZR_FIXTURES_OUT=<folder> writes the corpus as JSON, to try it with the sample host.
        if (Environment.GetEnvironmentVariable("ZR_FIXTURES_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".json"), json);
        }
    }

    [Theory]
    [MemberData(nameof(FixtureCorpus.Names), MemberType = typeof(FixtureCorpus))]
    public void Every_input_string_is_printed_in_the_DOCX_and_the_PDF(string name)
    {
        var document = FixtureCorpus.Get(name).Document;
        var (docx, pdf) = CorpusRendering.Of(name);
        var docxText = PrintedText.OfDocx(docx);
        var pdfText = PrintedText.OfPdf(pdf);

        var values = InputStrings(document).ToList();
        var missing = new List<string>();
        foreach (var (path, value) in values)
        {
            if (!docxText.Contains(value))
            {
                missing.Add($"DOCX {path}: {value}");
            }

            if (!pdfText.Contains(value))
            {
                missing.Add($"PDF {path}: {value}");
            }
        }

        output.WriteLine($"{name}: {values.Count} values, {pdfText.Pages} PDF pages, {missing.Count} missing");
        Assert.True(missing.Count == 0, string.Join("\n", missing.Take(20)));
    }

    [Theory]
    [MemberData(nameof(FixtureCorpus.Names), MemberType = typeof(FixtureCorpus))]
    public void Statuses_print_as_Russian_marks_and_never_as_code_names(string name)
    {
        var document = FixtureCorpus.Get(name).Document;
        var (docx, pdf) = CorpusRendering.Of(name);
        var items = document.Sections.SelectMany(s => s.Items).ToList();

        foreach (var text in new[] { PrintedText.OfDocx(docx), PrintedText.OfPdf(pdf) })
        {
            foreach (var status in Enum.GetValues<MeasureStatus>())
            {
                var mark = Zaozersk.Reporting.Templating.TemplateModel.StatusText(status);
                var expected = items.Count(i => i.Status == status);

                // «Исполнено» is also the start of «Исполнено частично»; count the longer mark out.
                var found = text.Count(mark) - (status == MeasureStatus.Done ? text.Count(Zaozersk.Reporting.Templating.TemplateModel.StatusText(MeasureStatus.PartiallyDone)) : 0);
                Assert.True(found >= expected, $"{mark}: {found} printed, {expected} measures have it");
            }

            Assert.All(StatusCodeNames, code => Assert.Equal(0, text.Count(code)));
        }
    }

    [Theory]
    [MemberData(nameof(FixtureCorpus.Names), MemberType = typeof(FixtureCorpus))]
    public void No_two_tables_touch_in_the_DOCX(string name)
    {
        var (docx, _) = CorpusRendering.Of(name);
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;

        var tables = body.Descendants<Table>().ToList();
        var touching = tables.Count(t => t.NextSibling() is Table);

        Assert.True(tables.Count >= 2, "every fixture has the header table and the body table");
        Assert.Equal(0, touching);
    }

    [Theory]
    [MemberData(nameof(FixtureCorpus.Names), MemberType = typeof(FixtureCorpus))]
    public void Optional_columns_appear_only_when_used_and_the_number_row_follows_them(string name)
    {
        var document = FixtureCorpus.Get(name).Document;
        var items = document.Sections.SelectMany(s => s.Items).ToList();
        var expected = new List<string> { "№ п/п", "Наименование мероприятия" };
        if (items.Any(i => i.Indicator is { Length: > 0 }))
        {
            expected.Add("Показатель (индикатор)");
        }

        if (items.Any(i => i.ExpectedResult is { Length: > 0 }))
        {
            expected.Add("Ожидаемый результат");
        }

        expected.AddRange(["Ответственные исполнители", "Срок исполнения"]);
        if (document.Kind == DocumentKind.Report)
        {
            expected.Add("Информация об исполнении");
        }
        else if (items.Any(i => i.Execution is { Length: > 0 } || i.Status is not null))
        {
            expected.Add("Отметка об исполнении");
        }

        if (items.Any(i => i.Note is { Length: > 0 }))
        {
            expected.Add("Примечание");
        }

        var (docx, _) = CorpusRendering.Of(name);
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        var tables = word.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        var titles = tables[0].Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText).ToList();
        var numbers = tables[1].Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText).ToList();

        Assert.Equal(expected, titles);
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), numbers);
        Assert.Equal(expected.Count, tables[1].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
    }

    /// <summary>Every string of the input that must be printed, with where it came from.</summary>
    internal static IEnumerable<(string Path, string Value)> InputStrings(PlanDocument document)
    {
        yield return ("planSubject", document.PlanSubject);
        if (document.Approval is { } approval)
        {
            yield return ("approval.act", approval.Act);
        }

        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            var at = $"sections[{s}]";
            yield return (at + ".title", section.Number + ". " + section.Title);
            if (section.Note is { Length: > 0 } note)
            {
                yield return (at + ".note", note);
            }

            for (var i = 0; i < section.Items.Count; i++)
            {
                var item = section.Items[i];
                var where = $"{at}.items[{i}]";
                yield return (where + ".number", item.Number);
                yield return (where + ".measure", item.Measure);
                for (var r = 0; r < item.Responsible.Count; r++)
                {
                    yield return ($"{where}.responsible[{r}]", item.Responsible[r]);
                }

                foreach (var (field, value) in new[]
                {
                    ("deadline", item.Deadline), ("indicator", item.Indicator), ("expectedResult", item.ExpectedResult),
                    ("note", item.Note), ("execution", item.Execution),
                })
                {
                    if (value is { Length: > 0 })
                    {
                        yield return (where + "." + field, value);
                    }
                }
            }
        }

        for (var i = 0; i < document.Signatories.Count; i++)
        {
            yield return ($"signatories[{i}].position", document.Signatories[i].Position);
            yield return ($"signatories[{i}].name", document.Signatories[i].Name);
        }

        if (document.Executor is { } executor)
        {
            yield return ("executor.name", executor.Name);
            if (executor.Phone is { Length: > 0 } phone)
            {
                yield return ("executor.phone", phone);
            }
        }
    }
}
