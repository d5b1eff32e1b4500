using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Import;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>
/// What every request shares: the settings, the render queue, and a renderer and an importer per
/// message language (the library's language is an option of each), all made with the same limits.
/// </summary>
internal sealed class ServiceState : IDisposable
{
    // Room for a form's boundaries and headers around a document of the largest input size.
    private const long FormOverhead = 64 * 1024;

    private readonly IDocumentRenderer _russianRenderer;
    private readonly IDocumentRenderer _englishRenderer;
    private readonly IDocumentImporter _russianImporter;
    private readonly IDocumentImporter _englishImporter;
    private readonly IHostApplicationLifetime _lifetime;

    /// <summary>Makes the renderers and importers; limits the library refuses throw <see cref="OptionsValidationException"/>.</summary>
    public ServiceState(ServiceSettings settings, IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        Settings = settings;
        _lifetime = lifetime;
        Queue = new RenderQueue(settings);
        _russianRenderer = new DocumentRenderer(Options.Create(ReportingOptionsIn(MessageLanguage.Russian)), loggers.CreateLogger<DocumentRenderer>());
        _englishRenderer = new DocumentRenderer(Options.Create(ReportingOptionsIn(MessageLanguage.English)), loggers.CreateLogger<DocumentRenderer>());
        _russianImporter = new DocumentImporter(Options.Create(ReportingOptionsIn(MessageLanguage.Russian)));
        _englishImporter = new DocumentImporter(Options.Create(ReportingOptionsIn(MessageLanguage.English)));
        MaxInputBytes = ReportingOptionsIn(MessageLanguage.English).MaxInputBytes;
    }

    public ServiceSettings Settings { get; }

    public RenderQueue Queue { get; }

    /// <summary>The input size limit: the largest request body read.</summary>
    public long MaxInputBytes { get; }

    /// <summary>The largest body taken at all: a form may add its boundaries and headers to a document of the largest input size.</summary>
    public long MaxFormBytes => MaxInputBytes + FormOverhead;

    /// <summary>True once the service has been asked to stop: it finishes what it has and takes nothing new.</summary>
    public bool Stopping => _lifetime.ApplicationStopping.IsCancellationRequested;

    /// <summary>The renderer speaking the request's language.</summary>
    public IDocumentRenderer Renderer => HostLanguage.Current == MessageLanguage.Russian ? _russianRenderer : _englishRenderer;

    /// <summary>The importer speaking the request's language.</summary>
    public IDocumentImporter Importer => HostLanguage.Current == MessageLanguage.Russian ? _russianImporter : _englishImporter;

    public void Dispose() => Queue.Dispose();

    private ReportingOptions ReportingOptionsIn(MessageLanguage language)
    {
        var options = new ReportingOptions();
        Settings.Limits(options);
        options.Language = language;
        return options;
    }
}
