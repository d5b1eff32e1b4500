using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Zaozersk.Reporting.Benchmarks;

/// <summary>
/// A load client for the service (<c>zaozersk-report serve</c>): <c>count</c> renders of one JSON
/// from <c>clients</c> concurrent connections, each sending its next request as soon as its last
/// is answered. Prints throughput, latency percentiles, the statuses, and whether every 200 carried
/// the same ETag (the same bytes). service-load.sh runs it; it is a benchmark, not a test.
/// </summary>
internal static class ServiceLoad
{
    public static async Task<int> RunAsync(string url, string jsonPath, int count, int clients)
    {
        var body = await File.ReadAllBytesAsync(jsonPath);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(5) };
        var latencies = new ConcurrentBag<double>();
        var statuses = new ConcurrentDictionary<int, int>();
        var tags = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var sent = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    using var response = await client.PostAsync(url + "/api/render?format=pdf", content);
                    await response.Content.ReadAsByteArrayAsync();
                    status = (int)response.StatusCode;
                    if (response.Headers.ETag is { } tag)
                    {
                        tags.AddOrUpdate(tag.Tag, 1, (_, n) => n + 1);
                    }
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }

                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        var errors = statuses.Where(s => s.Key is 0 or >= 500).Sum(s => s.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"requests {count}, clients {clients}, wall {seconds:0.00} s, {count / seconds:0.0} requests/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency ms: p50 {Percentile(0.50):0.0}, p95 {Percentile(0.95):0.0}, p99 {Percentile(0.99):0.0}, max {sorted[^1]:0.0}; p99/p50 {Percentile(0.99) / Percentile(0.50):0.00}"));
        Console.WriteLine("statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => string.Create(CultureInfo.InvariantCulture, $"{(s.Key == 0 ? "no answer" : s.Key.ToString(CultureInfo.InvariantCulture))} x{s.Value}"))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"errors (5xx other than 503, or no answer): {statuses.Where(s => s.Key is 0 or (>= 500 and not 503)).Sum(s => s.Value)}; 503: {statuses.GetValueOrDefault(503)}"));
        Console.WriteLine(tags.Count <= 1 ? "every 200 carried the same ETag" : string.Create(CultureInfo.InvariantCulture, $"warning: {tags.Count} different ETags"));
        return errors > 0 && statuses.Keys.Any(k => k is 0 or (>= 500 and not 503)) ? 1 : 0;
    }
}
