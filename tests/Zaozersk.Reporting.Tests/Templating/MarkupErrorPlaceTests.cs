using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Templating;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Templating;

/// <summary>
/// Invalid markup is reported where the template author wrote it: the template file (an included
/// one when that is where the text came from) and its line and column, with the place in the
/// produced markup kept beside it.
/// </summary>
public sealed class MarkupErrorPlaceTests : IDisposable
{
    private static readonly PlanDocument Seed = TestData.Seed;
    private readonly TempFolder _folder = new("zr-place-");

    public void Dispose() => _folder.Dispose();

    private MarkupException Fails(params (string Name, string Text)[] templates)
    {
        foreach (var (name, text) in templates)
        {
            File.WriteAllText(Path.Combine(_folder, name + ".sbn"), text);
        }

        return Assert.Throws<MarkupException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, TemplateSource.FromDirectory(_folder))));
    }

    [Fact]
    public void Invalid_markup_in_an_included_template_is_placed_in_that_template()
    {
        var error = Fails(
            ("report", "<document><section>\n{{ include \"part\" }}\n</section></document>\n"),
            ("part", "<p>один</p>\n<p>два</p>\n<p>три <bad/></p>\n"));

        Assert.Equal(("part.sbn", 3, 9), (error.TemplateName, error.Line, error.Column));
        Assert.Equal("part.sbn", error.SourceName);
        Assert.Equal((4, 9), (error.MarkupLine, error.MarkupColumn));
        Assert.StartsWith("part.sbn(3,9): markup(4,9) <bad>: not allowed inside <p>; allowed here: <b>, <i>,", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("markup: <p>три <bad/></p>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indented_include_with_arguments_is_placed_in_the_included_template()
    {
        // Scriban indents every line of an include written after spaces; the place follows.
        var error = Fails(
            ("report", "<document>\n  <section>\n    {{ include \"part\" \"table-text\" }}\n  </section>\n</document>\n"),
            ("part", "<p>один</p>\n<p stile=\"{{ $1 }}\">два</p>\n"));

        Assert.Equal(("part.sbn", 2, 4), (error.TemplateName, error.Line, error.Column));
        Assert.Equal((4, 8), (error.MarkupLine, error.MarkupColumn));
        Assert.Contains("<p>: the attribute 'stile' is not allowed here; did you mean 'style'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_written_by_a_function_is_placed_in_the_template_that_defines_it()
    {
        var error = Fails(
            ("report", "{{ include \"cells\" }}<document><section>\n<p>{{ item 1 }}{{ item 2 }}</p>\n</section></document>\n"),
            ("cells", "{{ func item(n) }}{{ if n == 2 }}<b>{{ n }}</i>{{ else }}<b>{{ n }}</b>{{ end }}{{ end }}"));

        Assert.Equal(("cells.sbn", 1, 46), (error.TemplateName, error.Line, error.Column));
        Assert.Equal(2, error.MarkupLine);
        Assert.Contains("the end tag </i> does not match the start tag <b>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_a_helper_wrote_is_placed_at_the_statement_that_called_it()
    {
        var error = Fails(("report", "<document><section>\n{{ text_blocks \"первый\\n\\nвторой\" \"table-text\" }}\n</section></document>\n"));

        Assert.Equal(("report.sbn", 2, 4), (error.TemplateName, error.Line, error.Column));
        Assert.Equal((2, 2), (error.MarkupLine, error.MarkupColumn));
        Assert.StartsWith("report.sbn(2,4): markup(2,2) <p>: style 'table-text' is not declared in <styles>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_met_in_the_built_in_templates_names_the_built_in_template_and_line()
    {
        var error = Assert.Throws<MarkupException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed) with { MarkupLimits = new MarkupLimits { MaxBlocks = 5 } }));

        var (text, name) = TemplateSource.BuiltIn.Find(error.TemplateName) ?? throw new InvalidOperationException(error.TemplateName + " is not a built-in template");
        Assert.Equal(error.TemplateName, name);
        var line = text.Split('\n')[error.Line - 1];
        Assert.Contains("<p", line[(error.Column - 2)..], StringComparison.Ordinal);
        Assert.StartsWith($"{error.TemplateName}({error.Line},{error.Column}): markup({error.MarkupLine},{error.MarkupColumn}) <p>: the document has more than 5 paragraphs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_the_block_limit_the_input_text_that_makes_most_of_it_is_named()
    {
        var longText = string.Join("\n\n", Enumerable.Range(1, 3_000).Select(i => $"Абзац {i}"));
        var items = Seed.Sections[1].Items.ToArray();
        items[2] = items[2] with { Execution = longText };
        var sections = Seed.Sections.ToArray();
        sections[1] = sections[1] with { Items = items };

        var error = Assert.Throws<MarkupException>(() => DocumentComposer.Compose(Seed with { Sections = sections }, RenderRequest.For(Seed) with { MarkupLimits = new MarkupLimits { MaxBlocks = 2_000 } }));

        Assert.Equal("measure-cell.sbn", error.TemplateName);
        Assert.EndsWith("the document has more than 2,000 paragraphs, lists and tables (the block limit); the longest text of the input, $.sections[1].items[2].execution, makes 3,000 of them by itself", error.Message.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Past_the_block_limit_no_text_is_named_when_none_makes_a_tenth_of_it()
    {
        var error = Assert.Throws<MarkupException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed) with { MarkupLimits = new MarkupLimits { MaxBlocks = 200 } }));

        Assert.EndsWith("the document has more than 200 paragraphs, lists and tables (the block limit)", error.Message.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_whose_output_changes_between_renders_claims_no_place_in_it()
    {
        // The place is found by rendering again; a random number makes the second render differ,
        // and then no template place is claimed rather than a wrong one.
        var error = Fails(("report", "<document><section>\n<p>{{ math.random 1 1000000000 }}</p><bad/>\n</section></document>\n"));

        Assert.Equal("report.sbn", error.TemplateName);
        Assert.Equal((error.MarkupLine, error.MarkupColumn), (error.Line, error.Column));
        Assert.StartsWith("report.sbn: markup(2,", error.Message, StringComparison.Ordinal);
        Assert.Contains("<bad>: not allowed inside <section>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_at_the_end_of_the_markup_stays_a_place_in_the_markup()
    {
        var error = Fails(("report", "<document><section>\n<p>не закрыт\n"));

        Assert.Equal("report.sbn", error.TemplateName);
        Assert.Equal((error.MarkupLine, error.MarkupColumn), (error.Line, error.Column));
        Assert.StartsWith("report.sbn: markup(", error.Message, StringComparison.Ordinal);
    }
}
