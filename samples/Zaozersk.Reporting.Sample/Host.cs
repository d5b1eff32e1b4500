using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Zaozersk.Reporting.Sample;

/// <summary>The host's service container: the library registered as any application would register it.</summary>
internal static class Host
{
    /// <summary>A renderer with the limits given on the command line; invalid options throw <see cref="OptionsValidationException"/>.</summary>
    public static IDocumentRenderer Renderer(Action<ReportingOptions> configure)
    {
        var services = Services(configure);

        // What a generic host does at start-up: options registered with ValidateOnStart are checked now.
        services.GetRequiredService<IStartupValidator>().Validate();
        return services.GetRequiredService<IDocumentRenderer>();
    }

    /// <summary>
    /// A renderer for the render and batch commands: as <see cref="Renderer"/>, and collecting
    /// memory between a large render's phases, which a command-line tool may do since it owns its
    /// process (a 20,000-measure report within 400 MB).
    /// </summary>
    public static IDocumentRenderer CommandLineRenderer(Action<ReportingOptions> configure) =>
        Renderer(options =>
        {
            configure(options);
            options.CollectMemoryBetweenPhases = true;
        });

    /// <summary>An importer with the limits given on the command line.</summary>
    public static IDocumentImporter Importer(Action<ReportingOptions> configure) => Services(configure).GetRequiredService<IDocumentImporter>();

    /// <summary>The library registered with the command line's options and the host's language (<c>--lang</c> or the system's).</summary>
    private static ServiceProvider Services(Action<ReportingOptions> configure)
    {
        var language = HostLanguage.Current;
        return new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new StandardErrorWarnings()))
            .AddZaozerskReporting(options =>
            {
                options.Language = language;
                configure(options);
            })
            .BuildServiceProvider();
    }
}
