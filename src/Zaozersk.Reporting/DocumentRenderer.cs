using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Diagnostics;
using Zaozersk.Reporting.Docx;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Json;
using Zaozersk.Reporting.Model.Validation;
using Zaozersk.Reporting.Pdf;
using Zaozersk.Reporting.Templating;

namespace Zaozersk.Reporting;

/// <summary>
/// Loads, validates and renders plans and reports. Stateless between calls and safe to use from
/// many threads at once; the same input and library version always give the same bytes.
/// </summary>
public sealed partial class DocumentRenderer : IDocumentRenderer
{
    private readonly ReportingOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates a renderer with the built-in templates and default settings.</summary>
    public DocumentRenderer()
        : this(new ReportingOptions(), NullLogger<DocumentRenderer>.Instance)
    {
    }

    /// <summary>Creates a renderer whose calls default to <paramref name="defaults"/>.</summary>
    /// <param name="defaults">Template choice used when a call passes none.</param>
    public DocumentRenderer(RenderSettings defaults)
        : this(new ReportingOptions { TemplateDirectory = defaults?.TemplateDirectory, RepeatFullHeader = defaults?.RepeatFullHeader ?? false, PdfConformance = defaults?.PdfConformance ?? PdfConformance.PdfA1b }, NullLogger<DocumentRenderer>.Instance)
    {
        DefaultTemplate = defaults?.Template;
    }

    /// <summary>Creates a renderer from options and a logger, as dependency injection does.</summary>
    /// <param name="options">The settings; invalid settings throw <see cref="OptionsValidationException"/>.</param>
    /// <param name="logger">Where render timings and failures are logged.</param>
    public DocumentRenderer(IOptions<ReportingOptions> options, ILogger<DocumentRenderer> logger)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)), logger)
    {
    }

    private DocumentRenderer(ReportingOptions options, ILogger logger)
    {
        using (CurrentLanguage.Use(options.Language))
        {
            ReportingOptionsValidator.ThrowIfInvalid(options);
        }

        _options = options;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    private string? DefaultTemplate { get; }

    /// <inheritdoc/>
    public Task<LoadResult> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        using var language = CurrentLanguage.Use(_options.Language);
        return PlanDocumentJson.LoadFileAsync(path, _options.MaxInputBytes, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<LoadResult> LoadAsync(Stream json, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        using var language = CurrentLanguage.Use(_options.Language);
        return PlanDocumentJson.LoadAsync(json, sourceName, _options.MaxInputBytes, cancellationToken);
    }

    /// <inheritdoc/>
    public IReadOnlyList<Diagnostic> Validate(PlanDocument document)
    {
        using var language = CurrentLanguage.Use(_options.Language);
        return PlanValidator.Validate(document);
    }

    // The rendering methods below are not async methods: an async method keeps its arguments in
    // its state for as long as it runs, and the input document (tens of megabytes for a large
    // report) is needed only until its template has run. They render first, then hand the bytes
    // to an async write; a failure still comes back in the returned task, as from an async method.
    // They are compiled optimised at once: unoptimised code (the first runs of a method under the
    // JIT) keeps every argument alive until the method returns, that is, for the whole render.

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Task RenderAsync(PlanDocument document, OutputFormat format, Stream output, RenderSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        return RenderThenWrite(document, format, settings, (bytes, token) => output.WriteAsync(bytes, token).AsTask(), cancellationToken);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Task RenderToFileAsync(PlanDocument document, OutputFormat format, string path, RenderSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        return RenderThenWrite(document, format, settings, (bytes, token) => AtomicFile.WriteAsync(path, bytes, token), cancellationToken);
    }

    /// <summary>Renders now, then starts <paramref name="write"/>; a failed render is the returned task's failure.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Task RenderThenWrite(PlanDocument document, OutputFormat format, RenderSettings? settings, Func<ReadOnlyMemory<byte>, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        using var language = CurrentLanguage.Use(_options.Language);
        ReadOnlyMemory<byte> bytes;
        try
        {
            bytes = Render(document, format, settings, cancellationToken);
        }
        catch (Exception ex)
        {
            return Failed<bool>(ex);
        }

        return write(bytes, cancellationToken);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Task<IReadOnlyList<string>> RenderToFilesAsync(PlanDocument document, IEnumerable<OutputFormat> formats, string folder, string baseName, RenderSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(baseName);

        // Everything is rendered before anything is written, so a failing render leaves no file.
        using var language = CurrentLanguage.Use(_options.Language);
        List<(string Path, ReadOnlyMemory<byte> Bytes)> rendered;
        try
        {
            var distinct = formats.Distinct().ToList();
            foreach (var format in distinct)
            {
                _ = Extension(format);
            }

            rendered = distinct.Count == 0
                ? []
                : distinct.Zip(RenderAll(document, distinct, settings, cancellationToken), (format, bytes) => (Path: Path.Combine(folder, baseName + Extension(format)), Bytes: bytes)).ToList();
        }
        catch (Exception ex)
        {
            return Failed<IReadOnlyList<string>>(ex);
        }

        return WriteAllAsync(folder, rendered, cancellationToken);
    }

    private static async Task<IReadOnlyList<string>> WriteAllAsync(string folder, List<(string Path, ReadOnlyMemory<byte> Bytes)> rendered, CancellationToken cancellationToken)
    {
        if (File.Exists(folder))
        {
            throw new IOException(Localized.Text($"cannot write into '{folder}': it is a file, not a folder", $"нельзя записать в '{folder}': это файл, а не папка"));
        }

        Directory.CreateDirectory(folder);
        using var batch = new FileBatch();
        foreach (var (path, bytes) in rendered)
        {
            await batch.StageAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        }

        batch.Commit();
        return [.. rendered.Select(r => r.Path)];
    }

    /// <summary>The task an async method would return for <paramref name="error"/>: cancelled for a cancellation, faulted otherwise.</summary>
    private static Task<T> Failed<T>(Exception error)
    {
        var failed = new TaskCompletionSource<T>();
        if (error is OperationCanceledException cancelled)
        {
            failed.SetCanceled(cancelled.CancellationToken);
        }
        else
        {
            failed.SetException(error);
        }

        return failed.Task;
    }

    /// <summary>The file extension of <paramref name="format"/>, with its dot.</summary>
    internal static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Docx => ".docx",
        OutputFormat.Pdf => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, Localized.Text("unknown output format", "неизвестный формат вывода")),
    };

    /// <summary>Renders to bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ReadOnlyMemory<byte> Render(PlanDocument document, OutputFormat format, RenderSettings? settings, CancellationToken cancellationToken) =>
        RenderAll(document, [format], settings, cancellationToken)[0];

    /// <summary>
    /// Renders to each format from one composition: the template runs and its markup is read once,
    /// however many formats are asked for, which spares a large document the time and the memory
    /// of composing it again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal IReadOnlyList<ReadOnlyMemory<byte>> RenderAll(PlanDocument document, IReadOnlyList<OutputFormat> formats, RenderSettings? settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clock = Stopwatch.StartNew();
        var format = formats[0];
        try
        {
            var request = RenderRequest.Resolve(document, _options, settings, DefaultTemplate, WarnSkipped);
            var name = request.Template.Name;
            var conformance = request.PdfConformance;
            // The model is held in a box the last writer may empty: a PDF written last takes it out
            // and lets it go after its last page, before PDFsharp saves.
            var model = new StrongBox<Documents.Document?>(DocumentComposer.Compose(document, request, cancellationToken));
            var info = model.Value!.Info;
            var results = new List<ReadOnlyMemory<byte>>(formats.Count);
            for (var i = 0; i < formats.Count; i++)
            {
                format = formats[i];
                cancellationToken.ThrowIfCancellationRequested();
                var bytes = format switch
                {
                    OutputFormat.Docx => DocxWriter.Write(model.Value!),
                    OutputFormat.Pdf when i == formats.Count - 1 => PdfDocumentWriter.Write(Paginator.Pages(model, cancellationToken), info, conformance),
                    OutputFormat.Pdf => PdfDocumentWriter.Write(Paginator.Pages(model.Value!, cancellationToken), info, conformance),
                    _ => throw new ArgumentOutOfRangeException(nameof(formats), format, Localized.Text("unknown output format", "неизвестный формат вывода")),
                };
                if (_logger.IsEnabled(LogLevel.Information))
                {
                    var milliseconds = clock.Elapsed.TotalMilliseconds;
                    LogRendered(_logger, format, name, bytes.Length, milliseconds);
                }

                results.Add(bytes);
                clock.Restart();
            }

            return results;
        }
        catch (ReportingException ex)
        {
            LogFailed(_logger, format, ex.Message);
            throw;
        }
    }

    private void WarnSkipped(string message) => LogTemplateSkipped(_logger, message);

    /// <summary>The event of a file in the template folder that looks like a template but is not used; hosts may show it to the user.</summary>
    internal const string TemplateSkippedEvent = "TemplateFileSkipped";

    [LoggerMessage(EventId = 3, EventName = TemplateSkippedEvent, Level = LogLevel.Warning, Message = "{Message}")]
    private static partial void LogTemplateSkipped(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendered {Format} with template {Template}: {Bytes} bytes in {Milliseconds:0.0} ms")]
    private static partial void LogRendered(ILogger logger, OutputFormat format, string template, int bytes, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rendering {Format} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, OutputFormat format, string reason);
}
