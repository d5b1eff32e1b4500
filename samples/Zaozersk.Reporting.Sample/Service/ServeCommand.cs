using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Builder;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The <c>serve</c> command: the service over HTTP, until Ctrl+C or SIGTERM.</summary>
internal static class ServeCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "serve";

    public static Command Create()
    {
        var host = new Option<string>("--host")
        {
            Description = Localized.Text("The address to listen on: 127.0.0.1 (this machine only, the default), 0.0.0.0 (every network) or another.", "Адрес, на котором принимать запросы: 127.0.0.1 (только с этого компьютера, по умолчанию), 0.0.0.0 (из любой сети) или другой."),
            HelpName = Localized.Text("address", "адрес"),
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var port = new Option<int>("--port")
        {
            Description = Localized.Text($"The port (default {ServiceSettings.DefaultPort}; 0 takes a free one).", $"Порт (по умолчанию {ServiceSettings.DefaultPort}; 0 — любой свободный)."),
            HelpName = Localized.Text("port", "порт"),
            DefaultValueFactory = _ => ServiceSettings.DefaultPort,
            CustomParser = result => LimitOptions.WholeNumber(0, 65535)(result) ?? 0,
        };
        var templates = new Option<string?>("--templates")
        {
            Description = Localized.Text("A folder of templates overriding the built-ins by name.", "Папка своих шаблонов: шаблон с тем же именем заменяет встроенный."),
            HelpName = Localized.Text("folder", "папка"),
        };
        var renders = new Option<int>("--max-renders")
        {
            Description = Localized.Text("How many documents to render at once (default: the number of processors).", "Сколько документов оформлять одновременно (по умолчанию — по числу процессоров)."),
            HelpName = Localized.Text("count", "число"),
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = result => LimitOptions.WholeNumber(1, 1024)(result) ?? 1,
        };
        var queue = new Option<int>("--max-queue")
        {
            Description = Localized.Text("How many more requests may wait for their turn; past that the answer is 503 at once (default 64).", "Сколько запросов еще может ждать очереди; сверх этого сразу ответ 503 (по умолчанию 64)."),
            HelpName = Localized.Text("count", "число"),
            DefaultValueFactory = _ => 64,
            CustomParser = result => LimitOptions.WholeNumber(0, 100_000)(result) ?? 0,
        };
        var timeout = new Option<int>("--request-timeout")
        {
            Description = Localized.Text("How many seconds one request may take, waiting included (default 120).", "Сколько секунд может выполняться один запрос, вместе с ожиданием очереди (по умолчанию 120)."),
            HelpName = Localized.Text("seconds", "секунды"),
            DefaultValueFactory = _ => 120,
            CustomParser = result => LimitOptions.WholeNumber(1, 3600)(result) ?? 1,
        };
        var limits = new LimitOptions();
        var command = new Command(Name, Localized.Text(
            "Serve the renderer over HTTP, with a web page at / and OpenAPI at /openapi/v1.json; Ctrl+C stops it after the renders in flight.",
            "Запустить службу оформления документов по HTTP: страница для работы — по адресу '/', описание программного интерфейса — '/openapi/v1.json'; «Ctrl+C» останавливает ее, дав закончить начатые документы."))
        {
            Commands.NotEmpty(host), port, Commands.NotEmpty(templates), renders, queue, timeout,
        };
        limits.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = new ServiceSettings
            {
                Host = result.GetValue(host)!,
                Port = result.GetValue(port),
                TemplateDirectory = result.GetValue(templates),
                Limits = limits.From(result),
                DefaultLanguage = HostLanguage.Current,
                MaxConcurrentRenders = result.GetValue(renders),
                MaxQueuedRenders = result.GetValue(queue),
                RequestTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
            };
            return await RunAsync(settings);
        });
        return command;
    }

    /// <summary>Runs the service until it is asked to stop; 0 after a graceful stop, 1 when it cannot listen.</summary>
    public static async Task<int> RunAsync(ServiceSettings settings)
    {
        await using var app = ReportService.Build(settings);

        // The renderers are made now, so a limit the library refuses stops the start (a usage error, exit 2).
        app.Services.GetRequiredService<ServiceState>();
        try
        {
            await app.StartAsync();
        }
        catch (IOException ex)
        {
            // In our words: Kestrel's message is English only and names its own types.
            var reason = ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException
                ? Localized.Text("another program already listens there", "этот адрес уже занят другой программой")
                : Localized.Text("the system does not allow it", "система этого не позволяет");
            Console.Error.WriteLine(Localized.Text("error: ", "ошибка: ") + Localized.Text(
                $"cannot listen at {ReportService.Url(settings)}: {reason}; choose another --port or --host",
                $"не удается принимать запросы по адресу {ReportService.Url(settings)}: {reason}; укажите другой --port или --host"));
            return ExitCodes.Failed;
        }

        foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        {
            Console.WriteLine(Localized.Text($"listening at {address} (the page: {address}/); Ctrl+C stops", $"служба принимает запросы по адресу {address} (страница: {address}/); остановить — «Ctrl+C»"));
        }

        await app.WaitForShutdownAsync();
        Console.WriteLine(Localized.Text("stopped", "служба остановлена"));
        return ExitCodes.Ok;
    }
}
