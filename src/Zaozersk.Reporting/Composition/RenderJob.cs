using Zaozersk.Reporting.Docx;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Pdf;

namespace Zaozersk.Reporting.Composition;

/// <summary>
/// One render, and the one place that looks after a large document's memory. The job owns the
/// input and then the document model, and lets go of each at its phase boundary: the input once
/// the model is composed, the model once the last PDF page is laid out (a PDF written last takes
/// it out of the job). Nothing else in the pipeline keeps either alive for longer.
/// </summary>
/// <remarks>
/// With <see cref="RenderRequest.CollectMemoryBetweenPhases"/> (off by default: a library must not
/// pause someone's service for a full collection) the job also runs on a fresh stack, so that no
/// frame of the caller's (the finished read, or the caller's own method before its first await)
/// holds the input, and collects at the two boundaries of a large document: after composing (the
/// template's run, and the input when the caller handed it over) and after the PDF's last page
/// (the document model, before PDFsharp saves). The collector would otherwise carry that data to
/// the PDF's end: after its last full collection it raises its budget for long-lived data, and a
/// render of thousands of pages promotes steadily but rarely reaches it.
/// </remarks>
internal sealed class RenderJob
{
    /// <summary>From this many pages on (a document of about 500 measures), the layout's memory is collected before the PDF is saved.</summary>
    internal const int LongDocumentPages = 200;

    /// <summary>The heap size (after the last collection) above which a job leaves collecting to the collector: 1 GiB. In a process holding far more than a render, a full collection would pause its other work for longer than it could save.</summary>
    internal const long CollectBelowHeapBytes = 1L << 30;

    private readonly RenderRequest _request;
    private PlanDocument? _input;
    private Documents.Document? _model;

    private RenderJob(PlanDocument input, RenderRequest request)
    {
        _input = input;
        _request = request;
    }

    /// <summary>The format being written now; the first one before composing.</summary>
    public OutputFormat Format { get; private set; }

    /// <summary>The template's name, for the log.</summary>
    public string TemplateName => _request.Template.Name;

    /// <summary>A job that owns <paramref name="input"/>; the caller's variable is cleared, so the job holds the only reference it was given.</summary>
    public static RenderJob Take(ref PlanDocument input, RenderRequest request)
    {
        var job = new RenderJob(input, request);
        input = null!;
        return job;
    }

    /// <summary><see cref="Run"/>, on a fresh stack when memory is collected between phases.</summary>
    public async Task<IReadOnlyList<ReadOnlyMemory<byte>>> RunAsync(IReadOnlyList<OutputFormat> formats, Action<OutputFormat, int>? written, CancellationToken cancellationToken)
    {
        if (_request.CollectMemoryBetweenPhases)
        {
            await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        }

        return Run(formats, written, cancellationToken);
    }

    /// <summary>
    /// Composes once and writes each format from the one composition: the template runs and its
    /// markup is read once, however many formats are asked for. <paramref name="written"/> hears of
    /// each file's format and size as it is done. Can be run once.
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Run(IReadOnlyList<OutputFormat> formats, Action<OutputFormat, int>? written, CancellationToken cancellationToken)
    {
        Format = formats[0];
        if (Compose(cancellationToken))
        {
            BetweenPhases();
        }

        var results = new List<ReadOnlyMemory<byte>>(formats.Count);
        for (var i = 0; i < formats.Count; i++)
        {
            Format = formats[i];
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = Write(Format, last: i == formats.Count - 1, cancellationToken);
            written?.Invoke(Format, bytes.Length);
            results.Add(bytes);
        }

        _model = null;
        return results;
    }

    /// <summary>Input → document model; the input is let go. Whether the document is large enough to collect after.</summary>
    private bool Compose(CancellationToken cancellationToken)
    {
        var input = _input ?? throw new InvalidOperationException("a render job runs once");
        _input = null;
        var large = DocumentComposer.ReadsWhileWriting(input);
        _model = DocumentComposer.Compose(input, _request, cancellationToken);
        return large;
    }

    /// <summary>
    /// One file from the model. A PDF written last takes the model out of the job, so that after
    /// its last page nothing holds it. Its own method: the frame that passes the model on ends here.
    /// </summary>
    private ReadOnlyMemory<byte> Write(OutputFormat format, bool last, CancellationToken cancellationToken) => format switch
    {
        OutputFormat.Docx => DocxWriter.Write(_model!),
        OutputFormat.Pdf when last => PdfDocumentWriter.Write(Paginator.Pages(TakeModel, cancellationToken), _model!.Info, _request.PdfConformance, LaidOut),
        OutputFormat.Pdf => PdfDocumentWriter.Write(Paginator.Pages(_model!, cancellationToken), _model!.Info, _request.PdfConformance),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, Localized.Text("unknown output format", "неизвестный формат вывода")),
    };

    private Documents.Document TakeModel()
    {
        var model = _model ?? throw new InvalidOperationException("the document model has been handed over already");
        _model = null;
        return model;
    }

    /// <summary>The PDF's pages are laid out; for a long document, what the layout held (the model too) is collected before the save.</summary>
    private void LaidOut(int pages)
    {
        if (pages >= LongDocumentPages)
        {
            BetweenPhases();
        }
    }

    /// <summary>A full, blocking collection, when asked for and the heap is under <see cref="CollectBelowHeapBytes"/>.</summary>
    private void BetweenPhases()
    {
        if (_request.CollectMemoryBetweenPhases && GC.GetGCMemoryInfo().HeapSizeBytes < CollectBelowHeapBytes)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        }
    }
}
