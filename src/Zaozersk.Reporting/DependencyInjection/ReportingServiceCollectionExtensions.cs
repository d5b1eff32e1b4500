using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting;
using Zaozersk.Reporting.Import;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Zaozersk.Reporting in a service collection.</summary>
public static class ReportingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IDocumentRenderer"/> and <see cref="IDocumentImporter"/> as singletons, with <see cref="ReportingOptions"/>
    /// bound through the options system, validated by an <see cref="IValidateOptions{TOptions}"/>
    /// and checked on start (a host built with the generic host fails at start-up on invalid
    /// options; any other host can call <see cref="IStartupValidator.Validate"/>), and at the
    /// latest when the renderer is first created.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; null keeps the defaults (built-in templates).</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddZaozerskReporting(this IServiceCollection services, Action<ReportingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ReportingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReportingOptions>>(ReportingOptionsValidator.Instance));
        options.ValidateOnStart();
        services.TryAddSingleton<IDocumentRenderer, DocumentRenderer>();
        services.TryAddSingleton<IDocumentImporter, DocumentImporter>();
        return services;
    }
}
