using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Api;

/// <summary>The public API as a developer meets it: the real DI container, streams, files, many threads.</summary>
public sealed class RendererApiTests : IDisposable
{
    private static readonly PlanDocument Seed = TestData.Seed;
    private readonly TempFolder _folder = new("zr-api-");

    public void Dispose() => _folder.Dispose();

    private static IDocumentRenderer FromContainer(Action<ReportingOptions>? configure = null) =>
        new ServiceCollection().AddLogging().AddZaozerskReporting(configure).BuildServiceProvider().GetRequiredService<IDocumentRenderer>();

    private static async Task<byte[]> RenderAsync(IDocumentRenderer renderer, PlanDocument document, OutputFormat format)
    {
        using var output = new MemoryStream();
        await renderer.RenderAsync(document, format, output);
        return output.ToArray();
    }

    [Fact]
    public async Task Container_renderer_loads_validates_and_renders_both_formats()
    {
        var renderer = FromContainer();

        var loaded = await renderer.LoadAsync(TestData.SeedJsonPath);
        Assert.False(loaded.HasErrors);
        Assert.DoesNotContain(renderer.Validate(loaded.Document!), d => d.IsError);
        var docx = await RenderAsync(renderer, loaded.Document!, OutputFormat.Docx);
        var pdf = await RenderAsync(renderer, loaded.Document!, OutputFormat.Pdf);

        using var zip = new ZipArchive(new MemoryStream(docx));
        Assert.NotNull(zip.GetEntry("word/document.xml"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
    }

    [Fact]
    public async Task Options_choose_the_template_folder()
    {
        File.WriteAllText(Path.Combine(_folder, "approval-stamp.sbn"), "    <p style=\"approval\">СОГЛАСОВАНО</p>\n");
        var renderer = FromContainer(o => o.TemplateDirectory = _folder);

        var docx = await RenderAsync(renderer, Seed, OutputFormat.Docx);

        Assert.Contains("СОГЛАСОВАНО", Docx.DocxText.Of(docx), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_path_that_is_a_folder_says_so_and_points_to_the_template_folder_setting()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "mine")).FullName;

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            FromContainer().RenderAsync(Seed, OutputFormat.Pdf, Stream.Null, new RenderSettings { Template = folder + Path.DirectorySeparatorChar }));

        Assert.Contains("is a folder; name a .sbn file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_refused_when_the_renderer_is_created()
    {
        var error = Assert.Throws<OptionsValidationException>(() => FromContainer(o => o.TemplateDirectory = Path.Combine(_folder, "missing")));

        Assert.Contains("TemplateDirectory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eight_threads_at_once_give_eight_identical_results()
    {
        var renderer = FromContainer();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => RenderAsync(renderer, Seed, i % 2 == 0 ? OutputFormat.Pdf : OutputFormat.Docx))));

        var pdf = await RenderAsync(new DocumentRenderer(), Seed, OutputFormat.Pdf);
        var docx = await RenderAsync(new DocumentRenderer(), Seed, OutputFormat.Docx);
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(i % 2 == 0 ? pdf : docx, results[i]);
        }
    }

    [Fact]
    public async Task Files_are_written_atomically_and_a_failed_render_leaves_nothing()
    {
        var renderer = new DocumentRenderer();
        var target = Path.Combine(_folder, "report.pdf");

        await renderer.RenderToFileAsync(Seed, OutputFormat.Pdf, target);
        var broken = Seed with { Sections = [Seed.Sections[0] with { Items = [Seed.Sections[0].Items[0] with { Measure = "\u0007" }] }] };
        await Assert.ThrowsAsync<InvalidInputException>(() => renderer.RenderToFileAsync(broken, OutputFormat.Pdf, Path.Combine(_folder, "broken.pdf")));

        Assert.Equal(["report.pdf"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Template_given_as_a_file_path_is_used_with_its_folder_for_includes()
    {
        var template = Path.Combine(_folder, "mine.sbn");
        File.WriteAllText(template, "<document>{{ include \"styles\" }}<section><p style=\"title\">Свой шаблон: {{ document.organisation }}</p></section></document>");

        var docx = await RenderAsync(new DocumentRenderer(new RenderSettings { Template = template }), Seed, OutputFormat.Docx);

        Assert.Contains("Свой шаблон: Администрация ЗАТО город Заозерск", Docx.DocxText.Of(docx), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeat_full_header_setting_repeats_the_titles_too_in_both_formats()
    {
        var renderer = FromContainer(o => o.RepeatFullHeader = true);

        var docx = await RenderAsync(renderer, Seed, OutputFormat.Docx);
        var pdf = await RenderAsync(renderer, Seed, OutputFormat.Pdf);

        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            // Both header rows repeat, so Word's own construction works: one table, two header rows.
            var table = Assert.Single(document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>());
            Assert.Equal(2, table.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableHeader>().Count());
        }

        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var page2 = read.GetPage(2).Text;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page2, "Информация об исполнении"));
        var defaults = await RenderAsync(new DocumentRenderer(), Seed, OutputFormat.Pdf);
        using var plain = UglyToad.PdfPig.PdfDocument.Open(defaults);
        Assert.DoesNotContain("Информация об исполнении", plain.GetPage(2).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DocumentRenderer().RenderAsync(Seed, OutputFormat.Pdf, Stream.Null, cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task Render_failures_come_back_in_the_task_as_from_an_async_method()
    {
        var renderer = new DocumentRenderer();
        var broken = Seed with { Sections = [Seed.Sections[0] with { Items = [Seed.Sections[0].Items[0] with { Measure = "\u0007" }] }] };
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        // The methods render before they return their task; a failure must not escape as a throw.
        var invalid = renderer.RenderToFilesAsync(broken, [OutputFormat.Docx, OutputFormat.Pdf], _folder, "broken");
        var cancelled = renderer.RenderAsync(Seed, OutputFormat.Pdf, Stream.Null, cancellationToken: cancel.Token);
        var cancelledFile = renderer.RenderToFileAsync(Seed, OutputFormat.Docx, Path.Combine(_folder, "x.docx"), cancellationToken: cancel.Token);

        Assert.True(invalid.IsFaulted);
        await Assert.ThrowsAsync<InvalidInputException>(() => invalid);
        Assert.True(cancelled.IsCanceled);
        Assert.True(cancelledFile.IsCanceled);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }
}
