namespace Zaozersk.Reporting.Templating;

/// <summary>
/// Bounds on what a template may do. The defaults carry a 10,000-measure report comfortably and
/// stop a runaway template (an endless loop, runaway recursion, unbounded output) quickly.
/// </summary>
internal sealed record TemplateLimits
{
    /// <summary>The default output bound: about five times what the built-in layouts write for a 10,000-measure report.</summary>
    public const int DefaultOutputCharacters = 64_000_000;

    public static readonly TemplateLimits Default = new();

    /// <summary>Iterations of any single loop.</summary>
    public int LoopIterations { get; init; } = 1_000_000;

    /// <summary>Depth of nested function calls and includes.</summary>
    public int RecursionDepth { get; init; } = 64;

    /// <summary>Characters of markup one render may produce.</summary>
    public int OutputCharacters { get; init; } = DefaultOutputCharacters;

    /// <summary>Wall-clock time for one render.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
