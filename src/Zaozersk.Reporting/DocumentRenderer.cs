using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Model.Validation;
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

    /// <inheritdoc/>
    public Task RenderAsync(PlanDocument document, OutputFormat format, Stream output, RenderSettings? settings = null, CancellationToken cancellationToken = default)
    {
        // Arguments are checked before the task starts, so a wrong call throws where it is made.
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var language = CurrentLanguage.Use(_options.Language);
        return WriteAsync(Job(ref document, settings), format, output, cancellationToken);
    }

    private async Task WriteAsync(RenderJob job, OutputFormat format, Stream output, CancellationToken cancellationToken)
    {
        var bytes = (await RunAsync(job, [format], cancellationToken).ConfigureAwait(false))[0];
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task RenderToFileAsync(PlanDocument document, OutputFormat format, string path, RenderSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        using var language = CurrentLanguage.Use(_options.Language);
        return WriteFileAsync(Job(ref document, settings), format, path, cancellationToken);
    }

    private async Task WriteFileAsync(RenderJob job, OutputFormat format, string path, CancellationToken cancellationToken)
    {
        var bytes = (await RunAsync(job, [format], cancellationToken).ConfigureAwait(false))[0];
        await AtomicFile.WriteAsync(path, bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> RenderToFilesAsync(PlanDocument document, IEnumerable<OutputFormat> formats, string folder, string baseName, RenderSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(formats);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(baseName);

        using var language = CurrentLanguage.Use(_options.Language);
        var distinct = formats.Distinct().ToList();
        var paths = distinct.Select(format => Path.Combine(folder, baseName + Extension(format))).ToList();
        if (distinct.Count == 0)
        {
            return WriteAllAsync(folder, [], cancellationToken);
        }

        return RenderAllToFilesAsync(Job(ref document, settings), distinct, folder, paths, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> RenderAllToFilesAsync(RenderJob job, List<OutputFormat> formats, string folder, List<string> paths, CancellationToken cancellationToken)
    {
        // Everything is rendered before anything is written, so a failing render leaves no file.
        var rendered = await RunAsync(job, formats, cancellationToken).ConfigureAwait(false);
        return await WriteAllAsync(folder, [.. paths.Zip(rendered)], cancellationToken).ConfigureAwait(false);
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

    /// <summary>The file extension of <paramref name="format"/>, with its dot.</summary>
    internal static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Docx => ".docx",
        OutputFormat.Pdf => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, Localized.Text("unknown output format", "неизвестный формат вывода")),
    };

    /// <summary>Renders to bytes, on the calling thread.</summary>
    internal ReadOnlyMemory<byte> Render(PlanDocument document, OutputFormat format, RenderSettings? settings, CancellationToken cancellationToken) =>
        RenderAll(document, [format], settings, cancellationToken)[0];

    /// <summary>Renders to each format from one composition, on the calling thread.</summary>
    internal IReadOnlyList<ReadOnlyMemory<byte>> RenderAll(PlanDocument document, IReadOnlyList<OutputFormat> formats, RenderSettings? settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var job = Job(ref document, settings);
        try
        {
            return job.Run(formats, Logger(job), cancellationToken);
        }
        catch (ReportingException ex)
        {
            LogFailed(_logger, job.Format, ex.Message);
            throw;
        }
    }

    /// <summary>The job of one call: its request resolved from the options and the call's settings; the job takes the input.</summary>
    private RenderJob Job(ref PlanDocument document, RenderSettings? settings) =>
        RenderJob.Take(ref document, Request(document, settings));

    /// <summary>
    /// The request for one call: the call's <paramref name="settings"/> first, then the renderer's
    /// default template (given at its construction) and options, then the built-in template for the
    /// document's kind.
    /// </summary>
    /// <exception cref="FileNotFoundException">A template named by its path is a folder or does not exist.</exception>
    private RenderRequest Request(PlanDocument document, RenderSettings? settings)
    {
        var directory = settings?.TemplateDirectory ?? _options.TemplateDirectory;
        var source = directory is not null ? TemplateSource.FromDirectory(directory, WarnSkipped) : TemplateSource.BuiltIn;
        var name = settings?.Template ?? DefaultTemplate;
        if (name is not null && (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || TemplateSource.HasExtension(name)))
        {
            // A path to a template file: its folder serves its includes, before the built-ins.
            var full = Path.GetFullPath(name);
            if (Directory.Exists(full))
            {
                throw new FileNotFoundException(Localized.Text(
                    $"template '{name}' is a folder; name a .sbn file, or make the folder the template folder (TemplateDirectory; --templates in the sample host) to override the built-ins by name",
                    $"шаблон '{name}' — это папка; укажите файл '.sbn' или сделайте эту папку папкой шаблонов ('TemplateDirectory'; --templates в программе-примере), чтобы заменить встроенные шаблоны по имени"), name);
            }

            if (!File.Exists(full))
            {
                throw new FileNotFoundException(Localized.Text($"template file '{name}' does not exist", $"файла шаблона '{name}' не существует"), name);
            }

            source = TemplateSource.FromDirectory(Path.GetDirectoryName(full)!, WarnSkipped);
            name = Path.GetFileNameWithoutExtension(full);
        }

        return new RenderRequest
        {
            Template = new TemplateRun(name ?? RenderRequest.DefaultTemplateFor(document), source)
            {
                Limits = TemplateLimits.Default with { Timeout = _options.TemplateTimeout, OutputCharacters = _options.MaxTemplateOutputCharacters },
                RepeatFullHeader = settings?.RepeatFullHeader ?? _options.RepeatFullHeader,
            },
            MarkupLimits = new MarkupLimits { MaxDepth = _options.MaxMarkupDepth, MaxBlocks = _options.MaxBlocks },
            PdfConformance = settings?.PdfConformance ?? _options.PdfConformance,
            CollectMemoryBetweenPhases = _options.CollectMemoryBetweenPhases,
        };
    }

    private async Task<IReadOnlyList<ReadOnlyMemory<byte>>> RunAsync(RenderJob job, IReadOnlyList<OutputFormat> formats, CancellationToken cancellationToken)
    {
        try
        {
            return await job.RunAsync(formats, Logger(job), cancellationToken).ConfigureAwait(false);
        }
        catch (ReportingException ex)
        {
            LogFailed(_logger, job.Format, ex.Message);
            throw;
        }
    }

    /// <summary>Logs each file as it is written, with the time since the one before (the first's includes composing).</summary>
    private Action<OutputFormat, int>? Logger(RenderJob job)
    {
        if (!_logger.IsEnabled(LogLevel.Information))
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        return (format, bytes) =>
        {
            LogRendered(_logger, format, job.TemplateName, bytes, clock.Elapsed.TotalMilliseconds);
            clock.Restart();
        };
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
