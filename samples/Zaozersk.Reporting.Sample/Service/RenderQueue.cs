using System.Threading.RateLimiting;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>
/// At most <see cref="ServiceSettings.MaxConcurrentRenders"/> renders at a time, and a bounded queue
/// of those waiting, first come first served; a request past the queue is refused at once (503), so a
/// burst never piles up memory or latency.
/// </summary>
internal sealed class RenderQueue : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;

    public RenderQueue(ServiceSettings settings)
    {
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.MaxConcurrentRenders,
            QueueLimit = settings.MaxQueuedRenders,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        Capacity = settings.MaxConcurrentRenders;
    }

    private int Capacity { get; }

    /// <summary>Renders running now.</summary>
    public int Running => Capacity - (int)(_limiter.GetStatistics()?.CurrentAvailablePermits ?? Capacity);

    /// <summary>Renders waiting.</summary>
    public int Queued => (int)(_limiter.GetStatistics()?.CurrentQueuedCount ?? 0);

    /// <summary>A turn: its lease is acquired, or not when the queue is full; dispose it when done.</summary>
    public ValueTask<RateLimitLease> WaitForTurnAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
