namespace Zaozersk.Reporting;

/// <summary>
/// Settings of the renderer, bound through <c>IOptions&lt;ReportingOptions&gt;</c> or passed directly.
/// The limits bound what one input or template may cost; exceeding one is an error naming the
/// file, the place and the limit, never a crash. The allowed range of each is stated on it and
/// checked in code by the options validation (not by validation attributes, which need
/// reflection that trimming and Native AOT cannot keep).
/// </summary>
public sealed class ReportingOptions
{
    /// <summary>A folder of templates that override the built-ins by name; null for the built-ins only.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>Repeat the whole table header on continuation pages, not only the row of column numbers. Default false.</summary>
    public bool RepeatFullHeader { get; set; }

    /// <summary>
    /// What standard PDF output is written to. Default <see cref="PdfConformance.PdfA1b"/>: archival
    /// PDF/A-1b, tagged for screen readers; <see cref="PdfConformance.None"/> gives the smallest file.
    /// </summary>
    public PdfConformance PdfConformance { get; set; }

    /// <summary>How long one template may run before it is stopped (an endless loop, say). Default 30 seconds; more than zero, at most one hour.</summary>
    public TimeSpan TemplateTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest JSON input read, in bytes; a larger file or an endless stream is refused. Default 64 MB; at least 1.</summary>
    public long MaxInputBytes { get; set; } = PlanDocumentJson.DefaultMaxInputBytes;

    /// <summary>How many characters of markup one template run may write. Default 64 million; at least 1.</summary>
    public int MaxTemplateOutputCharacters { get; set; } = Templating.TemplateLimits.DefaultOutputCharacters;

    /// <summary>How deeply the markup's elements may nest, <c>&lt;document&gt;</c> being level 1. Default 100; from 2 to 1,000.</summary>
    public int MaxMarkupDepth { get; set; } = Markup.MarkupLimits.DefaultMaxDepth;

    /// <summary>How many blocks (paragraphs, lists, tables, page breaks, counted at every level) one document may hold. Default 250,000; at least 1.</summary>
    public int MaxBlocks { get; set; } = Markup.MarkupLimits.DefaultMaxBlocks;

    /// <summary>
    /// The language of messages (diagnostics, exceptions, import warnings). The default,
    /// <see cref="MessageLanguage.FromUICulture"/>, follows the calling thread's UI culture: Russian for
    /// <c>ru</c> and <c>ru-*</c>, English for any other. Codes never depend on it.
    /// </summary>
    public MessageLanguage Language { get; set; }

    /// <summary>
    /// Collect memory between the phases of a large render: a full, blocking garbage collection
    /// after a document of 500 measures or more is composed, and after the last page of a PDF of
    /// 200 pages or more is laid out, each skipped while the process's heap is over 1 GiB; the render
    /// then also runs on a thread-pool thread of its own. This keeps the peak memory of a large
    /// render down (a 20,000-measure report within 400 MB) at the cost of pauses of tens of
    /// milliseconds. Default false: a library should not pause a service's other work; a
    /// command-line tool, which owns its process, turns it on.
    /// </summary>
    public bool CollectMemoryBetweenPhases { get; set; }

    /// <summary>Deeper markup would be read by deeper recursion than a thread's stack is sure to hold.</summary>
    internal const int MaxMarkupDepthCeiling = 1_000;
}
