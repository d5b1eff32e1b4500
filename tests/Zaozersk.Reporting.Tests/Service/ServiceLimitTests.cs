using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Zaozersk.Reporting.Sample.Service;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Service;

/// <summary>
/// The render queue, the time limit and a client going away, made deterministic by a gate each
/// request waits at once it holds its turn (<see cref="ServiceSettings.OnTurn"/>).
/// </summary>
public sealed class ServiceLimitTests
{
    private static readonly byte[] Seed = File.ReadAllBytes(TestData.SeedJsonPath);

    [Fact]
    public async Task Past_the_queue_a_request_is_503_with_retry_after_and_the_queue_recovers_at_once()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var turns = new SemaphoreSlim(0);
        using var factory = new ServiceFactory(new ServiceSettings
        {
            MaxConcurrentRenders = 1,
            MaxQueuedRenders = 1,
            OnTurn = async token =>
            {
                turns.Release();
                await gate.Task.WaitAsync(token);
            },
        });
        using var client = factory.CreateClient();

        // One render holds the only turn; a second waits in the queue's only place.
        var running = client.PostAsync("/api/render", ServiceRouteTests.Json(Seed));
        Assert.True(await turns.WaitAsync(TimeSpan.FromSeconds(30)));
        var queued = client.PostAsync("/api/render", ServiceRouteTests.Json(Seed));
        await WaitUntil(async () => JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement.GetProperty("queued").GetInt32() == 1);

        using var refused = await client.PostAsync("/api/render", ServiceRouteTests.Json(Seed));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter!.Delta);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("urn:zaozersk-reporting:problem:busy", problem.GetProperty("type").GetString());
        using var busy = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);

        gate.SetResult();
        using var first = await running;
        using var second = await queued;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        // At once: the next request is taken.
        using var next = await client.PostAsync("/api/render", ServiceRouteTests.Json(Seed));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal(await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Pdf), await next.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_request_past_its_time_limit_is_503()
    {
        using var factory = new ServiceFactory(new ServiceSettings
        {
            RequestTimeout = TimeSpan.FromMilliseconds(300),
            OnTurn = token => Task.Delay(Timeout.Infinite, token),
        });
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/render", ServiceRouteTests.Json(Seed));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("urn:zaozersk-reporting:problem:timeout", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_its_render()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var turns = new SemaphoreSlim(0);
        using var factory = new ServiceFactory(new ServiceSettings
        {
            OnTurn = async token =>
            {
                turns.Release();
                using var registration = token.Register(cancelled.SetResult);
                await Task.Delay(Timeout.Infinite, token);
            },
        });
        using var client = factory.CreateClient();
        using var leaving = new CancellationTokenSource();
        var request = client.PostAsync("/api/render", ServiceRouteTests.Json(Seed), leaving.Token);
        Assert.True(await turns.WaitAsync(TimeSpan.FromSeconds(30)));
        await leaving.CancelAsync();

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await WaitUntil(() => Task.FromResult(factory.LogLines.Any(l => l.StartsWith("POST /api/render 499 ", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Stopping_finishes_the_render_in_flight_before_the_service_ends()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var turns = new SemaphoreSlim(0);
        await using var app = ReportService.Build(new ServiceSettings
        {
            Port = 0,
            OnTurn = async token =>
            {
                turns.Release();
                await gate.Task.WaitAsync(token);
            },
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient();
        var inFlight = client.PostAsync(address + "/api/render", ServiceRouteTests.Json(Seed));
        Assert.True(await turns.WaitAsync(TimeSpan.FromSeconds(30)));

        // Asked to stop (as on SIGTERM) while a render holds its turn: the stop waits for it.
        var stopping = app.StopAsync();
        await Task.Delay(300);
        Assert.False(stopping.IsCompleted);
        gate.SetResult();

        using var response = await inFlight;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Pdf), await response.Content.ReadAsByteArrayAsync());
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("the condition was not met within 15 s");
    }
}
