using System.Text;
using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Templating;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>Issue #12, items 2 and 4: runaway markup ends in a located error, not a crash or an exhausted machine.</summary>
public sealed class MarkupLimitTests : IDisposable
{
    private static readonly PlanDocument Seed = TestData.Seed;
    private readonly TempFolder _folder = new("zr-markup-limits-");

    public void Dispose() => _folder.Dispose();

    private static string Repeat(string text, int count) => new StringBuilder().Insert(0, text, count).ToString();

    [Theory]
    [InlineData("<p>", "<b>", "x", "</b>", "</p>", 20_000)]
    [InlineData("", "<list><li>", "<p>x</p>", "</li></list>", "", 12_000)]
    public void Deep_nesting_is_a_located_error_instead_of_a_stack_overflow(string before, string open, string inner, string close, string after, int depth)
    {
        var markup = "<document><section>" + before + Repeat(open, depth) + inner + Repeat(close, depth) + after + "</section></document>";

        var error = Assert.Throws<MarkupException>(() => MarkupReader.Read(markup, "deep.sbn"));

        Assert.Equal("deep.sbn", error.SourceName);
        Assert.Equal(1, error.Line);
        Assert.True(error.Column > 100, error.Message);
        Assert.Contains("nested more than 100 levels deep (the markup nesting depth limit)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Nesting_within_a_raised_depth_limit_is_read()
    {
        var markup = "<document><section><p>" + Repeat("<b>", 150) + "жирно" + Repeat("</b>", 150) + "</p></section></document>";

        var document = MarkupReader.Read(markup, "deep.sbn", new MarkupLimits { MaxDepth = 200 });

        var paragraph = Assert.IsType<Zaozersk.Reporting.Documents.Paragraph>(Assert.Single(document.Sections[0].Blocks));
        Assert.Equal(true, Assert.IsType<Zaozersk.Reporting.Documents.TextRun>(Assert.Single(paragraph.Inlines)).Format.Bold);
    }

    [Fact]
    public void Too_many_paragraphs_stop_at_the_block_limit()
    {
        var markup = "<document><section>" + string.Concat(Enumerable.Repeat("<p>x</p>\n", 1_001)) + "</section></document>";

        var error = Assert.Throws<MarkupException>(() => MarkupReader.Read(markup, "many.sbn", new MarkupLimits { MaxBlocks = 1_000 }));

        Assert.Equal((1_001, 2), (error.Line, error.Column));
        Assert.Contains("more than 1,000 paragraphs, lists and tables (the block limit)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_writing_millions_of_paragraphs_is_stopped_by_the_default_limits()
    {
        File.WriteAllText(Path.Combine(_folder, "report.sbn"), "<document><section>{{ for i in 1..400000 }}<p>x</p><p>x</p><p>x</p><p>x</p><p>x</p>{{ end }}</section></document>");

        var error = Assert.ThrowsAny<ReportingException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed, TemplateSource.FromDirectory(_folder))));

        Assert.Equal("report.sbn", error.SourceName);
        Assert.Contains("more than 250,000 paragraphs, lists and tables (the block limit)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_output_over_its_limit_names_the_limit()
    {
        File.WriteAllText(Path.Combine(_folder, "report.sbn"), "<document>{{ for i in 1..100000 }}{{ document.organisation }}{{ end }}</document>");
        var limits = TemplateLimits.Default with { OutputCharacters = 100_000 };

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(Seed, RenderRequest.For(Seed) with { Template = new TemplateRun("report", TemplateSource.FromDirectory(_folder)) { Limits = limits } }));

        Assert.Equal("report.sbn", error.TemplateName);
        Assert.Contains("100,000 characters (the template output limit)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("created=\"2022-01-01Z\"", "created=\"2022-01-01Z\" is not a date such as 2022-04-27")]
    [InlineData("created=\"2022-01-01+03:00\"", "created=\"2022-01-01+03:00\" is not a date such as 2022-04-27")]
    public void A_document_date_with_a_time_zone_is_a_located_markup_error(string attribute, string reason)
    {
        var error = Assert.Throws<MarkupException>(() => MarkupReader.Read($"<document {attribute}>\n<section><p>x</p></section></document>", "dated.sbn"));

        Assert.Equal(("dated.sbn", 1, 2, "document"), (error.TemplateName, error.Line, error.Column, error.Element));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
