namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The answer of the health routes.</summary>
/// <param name="Status"><c>live</c>, <c>ready</c>, <c>busy</c> (the queue is full) or <c>stopping</c>.</param>
/// <param name="Version">The service's version, the same as the library's.</param>
/// <param name="Running">Renders running now.</param>
/// <param name="Queued">Renders waiting for their turn.</param>
internal sealed record HealthReply(string Status, string Version, int Running, int Queued);
