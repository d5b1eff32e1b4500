using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The service: Kestrel, the routes, the request log and the limits, put together.</summary>
internal static class ReportService
{
    /// <summary>The application listening where <paramref name="settings"/> say, not started yet.</summary>
    public static WebApplication Build(ServiceSettings settings)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(Url(settings));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            console.UseUtcTimestamp = true;
        });

        // One line per request from the service; the framework speaks only of problems.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter(typeof(RequestLog).FullName, LogLevel.Information);

        // A failed start (an address in use) is told by serve in a line of its own, not as a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        AddServices(builder.Services, settings);
        var app = builder.Build();
        Configure(app);
        Map(app);
        return app;
    }

    /// <summary>The address the settings name, as Kestrel takes it.</summary>
    public static string Url(ServiceSettings settings)
    {
        var host = settings.Host.Contains(':', StringComparison.Ordinal) && !settings.Host.StartsWith('[') ? "[" + settings.Host + "]" : settings.Host;
        return "http://" + host + ":" + settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The services the routes use; shared by the real host and the tests' host.</summary>
    public static void AddServices(IServiceCollection services, ServiceSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<ServiceState>();
        services.AddRoutingCore();
        // The service's types only, never reflection, in every build: what Native AOT allows is what a
        // test sees (the OpenAPI document asks for the contract of every type the routes name).
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Clear();
            json.SerializerOptions.TypeInfoResolverChain.Add(ServiceJsonContext.Default);

            // Numbers are written as numbers, so the document's schemas say integer, not "integer or string".
            json.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.AddOpenApi(ServiceOpenApi.Configure);

        // The input size limit bounds every body: a JSON, a Word document, or a form carrying one.
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>().Configure<ServiceState>((kestrel, state) =>
        {
            kestrel.Limits.MaxRequestBodySize = state.MaxFormBytes;

            // Kestrel's default rate, said here because the 408 answer names it.
            kestrel.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(ServiceSettings.MinBodyBytesPerSecond, settings.SlowBodyGrace);
        });
        services.AddOptions<FormOptions>().Configure<ServiceState>((form, state) =>
        {
            form.MultipartBodyLengthLimit = state.MaxFormBytes;
            form.BufferBodyLengthLimit = state.MaxFormBytes;
        });

        // Stopping waits for the requests in flight, each of which ends by its time limit.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = settings.RequestTimeout + TimeSpan.FromSeconds(5));
    }

    /// <summary>The middleware: the request log (with the request id and the language) first, then the answers routing leaves bare (404, 405, OPTIONS).</summary>
    public static void Configure(IApplicationBuilder app)
    {
        app.UseMiddleware<RequestLog>();
        app.UseMiddleware<UnroutedRequests>();
    }

    /// <summary>Every route, the OpenAPI document included.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        ServiceRoutes.Map(routes);

        // One document at one fixed address, GET and HEAD; it describes itself (ServiceOpenApi), as the generator leaves it out.
        routes.MapOpenApi(ServiceOpenApi.Route)
            .WithName(ServiceOpenApi.Name)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
    }
}
