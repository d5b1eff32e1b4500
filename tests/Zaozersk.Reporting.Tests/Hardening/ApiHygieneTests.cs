using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Model.Validation;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>Issue #12, item 8: one exception type to catch, a small public surface, options checked at start.</summary>
public sealed class ApiHygieneTests
{
    [Theory]
    [InlineData(typeof(InvalidInputException))]
    [InlineData(typeof(TemplateException))]
    [InlineData(typeof(MarkupException))]
    [InlineData(typeof(LayoutException))]
    public void Every_reporting_failure_is_a_reporting_exception(Type type) =>
        Assert.True(type.IsSubclassOf(typeof(ReportingException)), type.Name);

    [Fact]
    public async Task A_host_catches_one_type_and_gets_the_place()
    {
        using var folder = new TempFolder("zr-api-hyg-");
        File.WriteAllText(Path.Combine(folder, "report.sbn"), "<document>\n{{ document.nothing }}</document>");
        var renderer = new DocumentRenderer(new RenderSettings { TemplateDirectory = folder });

        var error = await Assert.ThrowsAnyAsync<ReportingException>(() => renderer.RenderAsync(TestData.Seed, OutputFormat.Docx, Stream.Null));

        Assert.Equal(("report.sbn", 2, 13), (error.SourceName, error.Line, error.Column));
    }

    [Theory]
    [InlineData(typeof(AtomicFile))]
    [InlineData(typeof(FileBatch))]
    [InlineData(typeof(PlanValidator))]
    public void Helpers_are_not_public(Type type) => Assert.False(type.IsPublic, type.Name);

    [Fact]
    public void Invalid_options_fail_at_start_up_before_any_render()
    {
        using var services = new ServiceCollection().AddZaozerskReporting(o =>
        {
            o.MaxBlocks = 0;
            o.MaxMarkupDepth = 1;
        }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MaxBlocks must be at least 1", error.Failures);
        Assert.Contains("MaxMarkupDepth must be from 2 to 1000", error.Failures);
    }

    [Fact]
    public void Valid_options_pass_the_start_up_check_and_reach_the_renderer()
    {
        using var services = new ServiceCollection().AddLogging().AddZaozerskReporting(o => o.MaxBlocks = 5).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();

        var renderer = services.GetRequiredService<IDocumentRenderer>();

        var error = Assert.Throws<MarkupException>(() => renderer.RenderAsync(TestData.Seed, OutputFormat.Docx, Stream.Null).GetAwaiter().GetResult());
        Assert.Contains("(the block limit)", error.Message, StringComparison.Ordinal);
    }
}
