using Microsoft.Extensions.DependencyInjection;

namespace Zaozersk.Reporting.Sample;

/// <summary>The host's service container: the library registered as any application would register it.</summary>
internal static class Host
{
    private static readonly Lazy<ServiceProvider> Services = new(() =>
        new ServiceCollection()
            .AddLogging()
            .AddZaozerskReporting()
            .BuildServiceProvider());

    public static IDocumentRenderer Renderer() => Services.Value.GetRequiredService<IDocumentRenderer>();
}
