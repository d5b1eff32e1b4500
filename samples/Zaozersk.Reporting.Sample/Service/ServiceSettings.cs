namespace Zaozersk.Reporting.Sample.Service;

/// <summary>How the service listens, what it renders with, and its limits (the <c>serve</c> command's flags).</summary>
internal sealed record ServiceSettings
{
    /// <summary>The default port: <c>http://127.0.0.1:5080</c>.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The address to listen on: an IP address or <c>localhost</c>; only this machine by default.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 takes a free one (printed at start).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>A folder of templates overriding the built-ins by name, as <c>render --templates</c>.</summary>
    public string? TemplateDirectory { get; init; }

    /// <summary>The limit flags, applied to the library's options as the other commands apply them.</summary>
    public Action<ReportingOptions> Limits { get; init; } = _ => { };

    /// <summary>The language of messages for a request without <c>Accept-Language</c>: the host's (<c>--lang</c> or the system's).</summary>
    public MessageLanguage DefaultLanguage { get; init; } = MessageLanguage.English;

    /// <summary>How many renders (and imports, validations) run at once; by default one per processor.</summary>
    public int MaxConcurrentRenders { get; init; } = Environment.ProcessorCount;

    /// <summary>How many more may wait for their turn; past that a request is refused at once with 503.</summary>
    public int MaxQueuedRenders { get; init; } = 64;

    /// <summary>How long one request may take, its wait in the queue included.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The least a body must come in at, in bytes a second, once its first seconds (<see cref="SlowBodyGrace"/>) are past; slower is 408.</summary>
    public const int MinBodyBytesPerSecond = 240;

    /// <summary>How long a body may come in slower than <see cref="MinBodyBytesPerSecond"/> at its start; shortened by tests.</summary>
    internal TimeSpan SlowBodyGrace { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>For tests: awaited by each request once it holds its turn, before its work; lets a test keep the queue full.</summary>
    internal Func<CancellationToken, Task>? OnTurn { get; init; }
}
