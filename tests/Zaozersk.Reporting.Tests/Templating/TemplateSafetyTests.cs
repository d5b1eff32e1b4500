using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Templating;
using Zaozersk.Reporting.Tests.Documents;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Templating;

/// <summary>Data never becomes markup; broken templates and runaway templates fail clearly, at their place.</summary>
[Collection(HeavyWork.Name)]
public sealed class TemplateSafetyTests : IDisposable
{
    private static readonly PlanDocument Seed = TestData.Seed;
    private readonly TempFolder _folder = new("zr-templates-");

    public void Dispose() => _folder.Dispose();

    private static PlanDocument WithFirstMeasure(string text) =>
        Seed with { Sections = [Seed.Sections[0] with { Items = [Seed.Sections[0].Items[0] with { Measure = text, Execution = text }, .. Seed.Sections[0].Items.Skip(1)] }, .. Seed.Sections.Skip(1)] };

    private static TableRow FirstMeasureRow(Document document) =>
        document.Sections[0].Blocks.OfType<Table>().First().Rows.First(r => !r.IsHeader && !r.KeepWithNext);

    private TemplateSource Folder(params (string Name, string Text)[] templates)
    {
        foreach (var (name, text) in templates)
        {
            File.WriteAllText(Path.Combine(_folder, name), text);
        }

        return TemplateSource.FromDirectory(_folder);
    }

    [Theory]
    [InlineData("<b>не жирный</b> & «кавычки» \"двойные\" 'одинарные'")]
    [InlineData("]]> <![CDATA[ x ]]> <!-- комментарий --> <?pi?>")]
    [InlineData("{{ document.organisation }} {% raw %} {{~ end ~}}")]
    [InlineData("</p></cell></row><row><cell colspan=\"5\"><p>инъекция</p></cell></row>")]
    [InlineData("&amp; &lt; &#x41; &unknown;")]
    public void Markup_and_template_syntax_in_data_come_out_as_literal_text(string text)
    {
        var row = FirstMeasureRow(DocumentComposer.Compose(WithFirstMeasure(text)));

        Assert.Equal(text, DocumentText.Cell(row.Cells[1]));
        Assert.Equal(text, DocumentText.Cell(row.Cells[4]));
        Assert.Equal(5, row.Cells.Count);
    }

    [Fact]
    public void Control_character_in_data_is_an_error_naming_the_field()
    {
        var error = Assert.Throws<InvalidInputException>(() => DocumentComposer.Compose(WithFirstMeasure("звонок\u0007")));

        var diagnostic = Assert.Single(error.Diagnostics, d => d.IsError && d.Path == "$.sections[0].items[0].measure");
        Assert.Equal(DiagnosticCodes.ControlCharacter, diagnostic.Code);
    }

    [Fact]
    public void Control_character_reaching_a_template_unvalidated_fails_at_the_template_position()
    {
        var source = Folder(("report.sbn", "<document>{{ document.sections[0].items[0].measure }}</document>"));

        var error = Assert.Throws<TemplateException>(() => TemplateRenderer.Render(WithFirstMeasure("a\u0001b"), new TemplateRun("report", source)));

        Assert.Equal("report.sbn", error.TemplateName);
        Assert.Equal((1, 14), (error.Line, error.Column));
        Assert.Contains("U+0001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_syntax_error_is_reported_as_name_line_column()
    {
        var source = Folder(("report.sbn", "<document>\n  {{ for item in document.sections }}\n  {{ if }}\n</document>"));

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, source)));

        Assert.StartsWith("report.sbn(3,", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Syntax_error_in_an_included_template_names_that_template()
    {
        var source = Folder(("approval-stamp.sbn", "\n\n{{ end end }}"));

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, source)));

        Assert.Equal("approval-stamp.sbn", error.TemplateName);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Undefined_variable_is_an_error_not_empty_output()
    {
        var source = Folder(("report.sbn", "<document>\n{{ document.organization }}\n</document>"));

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, source)));

        Assert.Equal((2, 13), (error.Line, error.Column));
        Assert.EndsWith("'organization' is not a property here; did you mean 'organisation'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endless_loop_is_stopped_by_the_iteration_limit_with_a_located_error()
    {
        var source = Folder(("report.sbn", "<document>\n{{ while true }}x{{ end }}\n</document>"));

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, source)));

        // Stopped by counting iterations (deterministic), not by the clock: how fast is the benchmarks' business.
        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.EndsWith("a loop here runs more than 1,000,000 times (the template's loop limit); an endless loop?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_longer_than_the_iteration_limit_is_named_in_the_same_words()
    {
        var source = Folder(("report.sbn", "<document>\n{{ for i in 1..2000000 }}{{ end }}\n</document>"));

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, source)));

        Assert.Equal(2, error.Line);
        Assert.EndsWith("a loop here runs more than 1,000,000 times (the template's loop limit); an endless loop?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loop_that_stays_under_the_iteration_limit_is_stopped_by_the_time_limit()
    {
        var source = Folder(("report.sbn", "<document>{{ for i in 1..900000 }}{{ for j in 1..900000 }}{{ end }}{{ end }}</document>"));
        var limits = TemplateLimits.Default with { Timeout = TimeSpan.FromMilliseconds(300), LoopIterations = int.MaxValue };

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed) with { Template = new TemplateRun("report", source) { Limits = limits } }));

        Assert.Contains("longer than 0.3 s and was stopped", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runaway_recursion_is_stopped()
    {
        var source = Folder(("report.sbn", "{{ func f(n); ret f(n + 1); end }}<document>{{ f 1 }}</document>"));

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, source)));

        Assert.EndsWith("functions or includes here call each other more than 64 deep (the template's recursion limit); an endless recursion?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unbounded_output_is_stopped()
    {
        var source = Folder(("report.sbn", "<document>{{ for i in 1..900000 }}{{ document.organisation }}{{ end }}</document>"));
        var limits = TemplateLimits.Default with { OutputCharacters = 1_000_000 };

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed) with { Template = new TemplateRun("report", source) { Limits = limits } }));

        Assert.Equal("report.sbn", error.TemplateName);
    }

    [Fact]
    public void Cancellation_stops_rendering()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DocumentComposer.Compose(Seed, cancellationToken: cancel.Token));
    }

    [Fact]
    public void Unknown_markup_element_is_reported_with_its_position()
    {
        var source = Folder(("report.sbn", "<document>\n  <section>\n    <p>текст</p>\n    <paragraph>нет такого</paragraph>\n  </section>\n</document>"));

        var error = Assert.Throws<MarkupException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, source)));

        Assert.Equal("report.sbn", error.TemplateName);
        Assert.Equal((4, 6), (error.Line, error.Column));
        Assert.Contains("paragraph", error.Message, StringComparison.Ordinal);
        Assert.Contains("markup: <paragraph>нет такого</paragraph>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_markup_attribute_is_reported_with_its_position()
    {
        var source = Folder(("report.sbn", "<document>\n  <section>\n    <p colour=\"red\">текст</p>\n  </section>\n</document>"));

        var error = Assert.Throws<MarkupException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, source)));

        Assert.Equal(3, error.Line);
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void User_folder_overrides_a_built_in_by_name_and_built_ins_still_include()
    {
        var source = Folder(("approval-stamp.sbn", "    <p style=\"approval\">СОГЛАСОВАНО мэрией</p>\n"));

        var document = DocumentComposer.Compose(Seed, RenderRequest.For(Seed, source));

        var first = document.Sections[0].Blocks.OfType<Paragraph>().Select(p => string.Concat(DocumentText.Lines(p))).ToList();
        Assert.Equal("СОГЛАСОВАНО мэрией", first[0]);
        Assert.Equal("ОТЧЕТ", first[1]);
    }

    [Fact]
    public void User_template_can_include_built_in_partials()
    {
        var source = Folder(("my-report.sbn", "<document>{{ include \"styles\" }}<section><p style=\"title\">{{ document.organisation }}</p></section></document>"));

        var document = DocumentComposer.Compose(Seed, new RenderRequest { Template = new TemplateRun("my-report", source) });

        Assert.Equal("Администрация ЗАТО город Заозерск", string.Concat(DocumentText.Lines(document.Sections[0].Blocks[0])));
        Assert.NotNull(document.Styles.Find("table-text"));
    }

    [Theory]
    [InlineData("../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("Report")]
    public void Include_cannot_reach_outside_the_template_names(string name)
    {
        var source = Folder(("report.sbn", $"<document>{{{{ include \"{name}\" }}}}</document>"));

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, source)));

        Assert.Contains("no template named", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_template_is_a_clear_error()
    {
        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, new RenderRequest { Template = new TemplateRun("no-such-template", TemplateSource.BuiltIn) }));

        Assert.Equal("no-such-template.sbn: no such template", error.Message);
    }

    [Fact]
    public void Exported_built_ins_render_the_same_document_from_the_folder()
    {
        var written = TemplateSource.ExportBuiltIns(_folder);

        Assert.Contains(written, p => p.EndsWith("markup.xsd", StringComparison.Ordinal));
        Assert.Equal(
            DocumentText.Of(DocumentComposer.Compose(Seed)),
            DocumentText.Of(DocumentComposer.Compose(Seed, RenderRequest.For(Seed, TemplateSource.FromDirectory(_folder)))));
    }

    [Fact]
    public void Ten_thousand_measures_render_within_the_limits()
    {
        var sections = Enumerable.Range(1, 200).Select(s => Seed.Sections[1] with
        {
            Number = s.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Items = [.. Enumerable.Range(1, 50).Select(i => Seed.Sections[1].Items[i % 19] with { Number = FormattableString.Invariant($"{s}.{i}") })],
        }).ToArray();

        var document = DocumentComposer.Compose(Seed with { Sections = sections });

        Assert.Equal(10_000 + 200 + 2, document.Sections[0].Blocks.OfType<Table>().First().Rows.Count);
    }
}
