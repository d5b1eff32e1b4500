using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting;

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
        // Factories, not type registrations: given a type, the container picks the constructor it can
        // satisfy, and without a registered logger that was the parameterless one, which silently
        // ignored every option. A missing logger means no logging, never default options.
        services.TryAddSingleton<IDocumentRenderer>(provider => new DocumentRenderer(
            provider.GetRequiredService<IOptions<ReportingOptions>>(),
            provider.GetService<ILogger<DocumentRenderer>>() ?? NullLogger<DocumentRenderer>.Instance));
        services.TryAddSingleton<IDocumentImporter>(provider => new DocumentImporter(provider.GetRequiredService<IOptions<ReportingOptions>>()));
        return services;
    }
}
