using System.ComponentModel.DataAnnotations;

namespace Zaozersk.Reporting;

/// <summary>
/// Settings of the renderer, bound through <c>IOptions&lt;ReportingOptions&gt;</c> or passed directly.
/// The limits bound what one input or template may cost; exceeding one is an error naming the
/// file, the place and the limit, never a crash.
/// </summary>
public sealed class ReportingOptions
{
    /// <summary>A folder of templates that override the built-ins by name; null for the built-ins only.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>Repeat the whole table header on continuation pages, not only the row of column numbers. Default false.</summary>
    public bool RepeatFullHeader { get; set; }

    /// <summary>How long one template may run before it is stopped (an endless loop, say). Default 30 seconds, at most one hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan TemplateTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest JSON input read, in bytes; a larger file or an endless stream is refused. Default 64 MB.</summary>
    [Range(1L, long.MaxValue)]
    public long MaxInputBytes { get; set; } = Model.Json.PlanDocumentJson.DefaultMaxInputBytes;

    /// <summary>How many characters of markup one template run may write. Default 64 million.</summary>
    [Range(1, int.MaxValue)]
    public int MaxTemplateOutputCharacters { get; set; } = Templating.TemplateLimits.DefaultOutputCharacters;

    /// <summary>How deeply the markup's elements may nest, <c>&lt;document&gt;</c> being level 1. Default 100, at most 1,000.</summary>
    [Range(2, MaxMarkupDepthCeiling)]
    public int MaxMarkupDepth { get; set; } = Markup.MarkupLimits.DefaultMaxDepth;

    /// <summary>How many blocks (paragraphs, lists, tables, page breaks, counted at every level) one document may hold. Default 250,000.</summary>
    [Range(1, int.MaxValue)]
    public int MaxBlocks { get; set; } = Markup.MarkupLimits.DefaultMaxBlocks;

    /// <summary>Deeper markup would be read by deeper recursion than a thread's stack is sure to hold.</summary>
    internal const int MaxMarkupDepthCeiling = 1_000;
}
