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
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new StandardErrorWarnings()))
            .AddZaozerskReporting(configure)
            .BuildServiceProvider();

        // What a generic host does at start-up: options registered with ValidateOnStart are checked now.
        services.GetRequiredService<IStartupValidator>().Validate();
        return services.GetRequiredService<IDocumentRenderer>();
    }
}
