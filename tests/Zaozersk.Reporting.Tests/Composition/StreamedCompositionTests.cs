using System.Globalization;
using System.Text;
using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Docx;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Pdf;
using Zaozersk.Reporting.Templating;
using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Composition;

/// <summary>
/// Large documents have their markup read while the template writes it, through a pipe that never
/// holds more than a few chunks. The result, and every error, must be what reading the whole
/// markup after the template gives.
/// </summary>
public sealed class StreamedCompositionTests : IDisposable
{
    private static readonly PlanDocument Seed = TestData.Seed;
    private readonly TempFolder _folder = new("zr-streamed-");

    public void Dispose() => _folder.Dispose();

    /// <summary>The seed's sections repeated, renumbered, to <paramref name="measures"/> measures.</summary>
    private static PlanDocument WithMeasures(int measures)
    {
        var sections = new List<PlanSection>();
        for (var count = 0; count < measures;)
        {
            foreach (var section in Seed.Sections.TakeWhile(_ => count < measures))
            {
                var number = (sections.Count + 1).ToString(CultureInfo.InvariantCulture);
                var items = section.Items.Take(measures - count)
                    .Select((item, i) => item with { Number = number + "." + (i + 1).ToString(CultureInfo.InvariantCulture) })
                    .ToArray();
                sections.Add(section with { Number = number, Items = items });
                count += items.Length;
            }
        }

        return Seed with { Sections = sections };
    }

    private static RenderRequest Job(string name, TemplateSource source) => new() { Template = new TemplateRun(name, source) };

    private TemplateSource Template(string text)
    {
        File.WriteAllText(Path.Combine(_folder, "report.sbn"), text);
        return TemplateSource.FromDirectory(_folder);
    }

    [Fact]
    public async Task Collecting_memory_between_phases_changes_no_byte_of_a_long_pdf()
    {
        // 500 measures: the markup is streamed and the PDF has over 200 pages, so both collections run.
        var report = WithMeasures(DocumentComposer.StreamedFromMeasures);

        async Task<byte[]> Pdf(bool collect)
        {
            var renderer = new DocumentRenderer(Microsoft.Extensions.Options.Options.Create(new ReportingOptions { CollectMemoryBetweenPhases = collect, PdfConformance = PdfConformance.None }), Microsoft.Extensions.Logging.Abstractions.NullLogger<DocumentRenderer>.Instance);
            using var output = new MemoryStream();
            await renderer.RenderAsync(report, OutputFormat.Pdf, output);
            return output.ToArray();
        }

        var collected = await Pdf(collect: true);
        Assert.True(collected.Length > 100_000);
        Assert.Equal(await Pdf(collect: false), collected);
    }

    [Fact]
    public void Reports_from_500_measures_are_read_as_their_template_writes_them()
    {
        Assert.False(DocumentComposer.ReadsWhileWriting(Seed));
        Assert.False(DocumentComposer.ReadsWhileWriting(WithMeasures(DocumentComposer.StreamedFromMeasures - 1)));
        Assert.True(DocumentComposer.ReadsWhileWriting(WithMeasures(DocumentComposer.StreamedFromMeasures)));
    }

    [Fact]
    public void A_report_read_as_its_template_writes_it_gives_the_same_files()
    {
        var report = WithMeasures(1_200);
        var job = Job("report", TemplateSource.BuiltIn);

        var streamed = DocumentComposer.Streamed(report, job, CancellationToken.None);
        var whole = DocumentComposer.Buffered(report, job, CancellationToken.None);

        Assert.Equal(DocxWriter.Write(whole).ToArray(), DocxWriter.Write(streamed).ToArray());
        var pdf = PdfDocumentWriter.Write(Paginator.Pages(streamed), streamed.Info);
        Assert.Equal(PdfDocumentWriter.Write(Paginator.Pages(whole), whole.Info).ToArray(), pdf.ToArray());

        // The last measure reached the pages: the pipe's end was read, not only its start.
        var last = report.Sections[^1].Items[^1];
        Assert.True(PrintedText.OfPdf(pdf.ToArray()).Contains(last.Number + " " + last.Measure), "the last measure is not on the pages");
    }

    [Fact]
    public async Task The_pipe_hands_over_every_character_in_order_and_holds_at_most_its_capacity()
    {
        var pipe = new MarkupPipe();
        var expected = new StringBuilder();
        var piece = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            piece.Clear().Append("<p n=\"").Append(i).Append("\">").Append('ж', i % 97).Append("</p>\n");
            expected.Append(piece);
        }

        var text = expected.ToString();
        var writer = Task.Factory.StartNew(
            () =>
            {
                // Pieces of every size, some longer than a chunk.
                for (var offset = 0; offset < text.Length;)
                {
                    var count = Math.Min(text.Length - offset, 1 + ((offset * 7) % (MarkupPipe.ChunkSize * 2)));
                    pipe.Append(text, offset, count);
                    offset += count;
                }

                pipe.Complete();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        var read = new StringBuilder();
        using (var reader = pipe.OpenReader())
        {
            var buffer = new char[3_001];
            int count;
            while ((count = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                read.Append(buffer, 0, count);
                if (read.Length % 7 == 0)
                {
                    Thread.Sleep(1);
                }
            }
        }

        await writer;
        Assert.Equal(text.Length, read.Length);
        Assert.True(text == read.ToString(), "the text read differs from the text written");
        Assert.InRange(pipe.MostChunksWaiting, 1, MarkupPipe.Capacity);
    }

    [Fact]
    public void A_template_that_fails_after_much_output_fails_with_its_own_error()
    {
        // Far more output than the pipe holds comes first, so the reader is reading when the template fails.
        var source = Template("<document><section>{{ for i in 1..20000 }}<p>абзац {{ i }}</p>\n{{ end }}{{ no_such_variable }}</section></document>");
        var report = WithMeasures(600);

        var streamed = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(report, RenderRequest.For(report, source)));
        var whole = Assert.Throws<TemplateException>(() => DocumentComposer.Buffered(report, Job("report", source), CancellationToken.None));

        Assert.Equal(whole.Message, streamed.Message);
        Assert.Equal((2, 13), (streamed.Line, streamed.Column));
    }

    [Fact]
    public void Invalid_markup_met_while_the_template_writes_gives_the_whole_reads_error_with_the_line()
    {
        // The template has far more to write after the bad element than the pipe holds, so the
        // reader stops while the template is still writing.
        var source = Template("<document><section>{{ for i in 1..3000 }}<p>абзац {{ i }}</p>\n{{ end }}<p><nonsense/></p>\n{{ for i in 1..50000 }}<p>после {{ i }}</p>\n{{ end }}</section></document>");
        var report = WithMeasures(600);

        var streamed = Assert.Throws<MarkupException>(() => DocumentComposer.Compose(report, RenderRequest.For(report, source)));
        var whole = Assert.Throws<MarkupException>(() => DocumentComposer.Buffered(report, Job("report", source), CancellationToken.None));

        Assert.Equal(whole.Message, streamed.Message);
        Assert.Equal(3_001, streamed.MarkupLine);
        Assert.Equal(("report.sbn", 2, 14), (streamed.TemplateName, streamed.Line, streamed.Column));
        Assert.StartsWith("report.sbn(2,14): markup(3001,5) <nonsense>: not allowed inside <p>", streamed.Message, StringComparison.Ordinal);
        Assert.Contains("<p><nonsense/></p>", streamed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_error_after_invalid_markup_comes_first_as_when_the_markup_is_read_whole()
    {
        var source = Template("<document><section><p><nonsense/></p>\n{{ for i in 1..50000 }}<p>после {{ i }}</p>\n{{ end }}{{ no_such_variable }}</section></document>");
        var report = WithMeasures(600);

        var error = Assert.Throws<TemplateException>(() => DocumentComposer.Compose(report, RenderRequest.For(report, source)));

        Assert.Contains("no_such_variable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_streamed_render_stops_with_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DocumentComposer.Compose(WithMeasures(600), cancellationToken: cancelled.Token));
    }
    [Fact]
    public async Task A_streamed_render_cancelled_while_the_template_writes_stops_with_cancellation()
    {
        // The template has seconds of output to write, so the cancellation finds it mid-way, with
        // the reader waiting on the pipe: both must stop, the reader not wait for more.
        using var cancel = new CancellationTokenSource();
        var source = Template("<document><section>{{ for i in 1..200000 }}<p>абзац {{ i }}</p>\n{{ end }}</section></document>");
        var job = Job("report", source) with { MarkupLimits = new MarkupLimits { MaxBlocks = 1_000_000 } };
        var report = WithMeasures(600);
        var reading = Task.Factory.StartNew(
            () => DocumentComposer.Streamed(report, job, cancel.Token),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        Thread.Sleep(50);
        cancel.Cancel();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
        Assert.Equal(cancel.Token, error.CancellationToken);
    }
}
