using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zaozersk.Reporting.Sample.Service;

namespace Zaozersk.Reporting.Tests.Service;

/// <summary>
/// The service in process, through <see cref="WebApplicationFactory{TEntryPoint}"/>: the host's own
/// services, middleware and routes (<see cref="ReportService"/>) on the test server, with the
/// settings a test gives and the log lines kept for it to read.
/// </summary>
public sealed class ServiceFactory : WebApplicationFactory<ServiceFactory>
{
    private readonly ServiceSettings _settings;
    private readonly Action<IEndpointRouteBuilder>? _moreRoutes;

    /// <summary>The service with <paramref name="settings"/>; <paramref name="moreRoutes"/> maps routes beside the service's (a test's own).</summary>
    internal ServiceFactory(ServiceSettings? settings = null, Action<IEndpointRouteBuilder>? moreRoutes = null)
    {
        _settings = settings ?? new ServiceSettings();
        _moreRoutes = moreRoutes;
    }

    /// <summary>The request log's lines, in order.</summary>
    public ConcurrentQueue<string> LogLines { get; } = new();

    /// <summary>The host the sample's <c>serve</c> builds, minus Kestrel: the same services, middleware and routes.</summary>
    protected override IHostBuilder CreateHostBuilder() => new HostBuilder()
        .ConfigureWebHost(web => web
            .ConfigureLogging(logging => logging.AddProvider(new LineCollector(LogLines)))
            .ConfigureServices(services =>
            {
                services.AddRouting();
                ReportService.AddServices(services, _settings);
            })
            .Configure(app =>
            {
                ReportService.Configure(app);
                app.UseRouting();
                app.UseEndpoints(routes =>
                {
                    ReportService.Map(routes);
                    _moreRoutes?.Invoke(routes);
                });
            }));

    /// <summary>The service needs no content root of its own; the factory would look for a project folder named after the test assembly.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    /// <summary>Keeps the request log's lines.</summary>
    private sealed class LineCollector(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(categoryName == typeof(RequestLog).FullName ? lines : null);

        public void Dispose()
        {
        }

        private sealed class Collector(ConcurrentQueue<string>? lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => lines is not null;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines?.Enqueue(formatter(state, exception));
        }
    }
}
