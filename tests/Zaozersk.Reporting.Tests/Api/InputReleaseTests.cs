using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Api;

/// <summary>
/// The input is needed only until its template has run: a caller that hands it over (as the
/// sample host does) gets its memory back while the files are written, which for a large report
/// is tens of megabytes. Checked from inside the render, when the DOCX has been written and the
/// PDF not yet started: the renderer logs there.
/// </summary>
public sealed class InputReleaseTests : IDisposable
{
    private readonly TempFolder _folder = new("zr-release-");

    public void Dispose() => _folder.Dispose();

    /// <summary>Collects at the renderer's first "rendered" message and notes whether the input survived.</summary>
    private sealed class CollectingLogger : ILogger<DocumentRenderer>
    {
        public WeakReference? Input { get; set; }

        public bool? InputAliveAfterFirstFormat { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (InputAliveAfterFirstFormat is null && formatter(state, exception).StartsWith("Rendered", StringComparison.Ordinal))
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                InputAliveAfterFirstFormat = Input!.IsAlive;
            }
        }
    }

    /// <summary>Loads a fresh input and hands it to the renderer, keeping only a weak reference.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static Task<IReadOnlyList<string>> RenderHandedOver(DocumentRenderer renderer, CollectingLogger logger, string folder)
    {
        var document = PlanDocumentJson.Parse(File.ReadAllText(TestData.SeedJsonPath), "seed.json").Document!;
        logger.Input = new WeakReference(document);
        return renderer.RenderToFilesAsync(document, [OutputFormat.Docx, OutputFormat.Pdf], folder, "report");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_handed_over_input_is_freed_before_the_files_are_written(bool collectMemoryBetweenPhases)
    {
        var logger = new CollectingLogger();
        var renderer = new DocumentRenderer(Options.Create(new ReportingOptions { CollectMemoryBetweenPhases = collectMemoryBetweenPhases }), logger);

        var files = await RenderHandedOver(renderer, logger, _folder);

        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 1_000));
        Assert.False(logger.InputAliveAfterFirstFormat ?? true, "the input was still reachable after the first format was written");
    }

    [Fact]
    public async Task An_input_the_caller_keeps_is_not_disturbed()
    {
        // The reverse check, so the test above cannot pass for a reason other than the hand-over.
        var logger = new CollectingLogger();
        var renderer = new DocumentRenderer(Options.Create(new ReportingOptions()), logger);
        PlanDocument document = PlanDocumentJson.Parse(File.ReadAllText(TestData.SeedJsonPath), "seed.json").Document!;
        logger.Input = new WeakReference(document);

        await renderer.RenderToFilesAsync(document, [OutputFormat.Docx, OutputFormat.Pdf], _folder, "kept");

        Assert.True(logger.InputAliveAfterFirstFormat);
        GC.KeepAlive(document);
    }
}
