namespace Zaozersk.Reporting.Documents;

/// <summary>Character formatting; null properties inherit (from the style, then the defaults).</summary>
internal sealed record RunFormat
{
    public static readonly RunFormat Inherit = new();

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }

    public bool? Underline { get; init; }

    public Length? Size { get; init; }

    public string? Font { get; init; }

    /// <summary>This format with every property <paramref name="over"/> sets taken from it.</summary>
    public RunFormat Merge(RunFormat over) => new()
    {
        Bold = over.Bold ?? Bold,
        Italic = over.Italic ?? Italic,
        Underline = over.Underline ?? Underline,
        Size = over.Size ?? Size,
        Font = over.Font ?? Font,
    };
}
