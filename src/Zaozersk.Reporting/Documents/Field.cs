namespace Zaozersk.Reporting.Documents;

/// <summary>A page-number or page-count field.</summary>
internal sealed record Field(FieldKind Kind) : Inline
{
    public RunFormat Format { get; init; } = RunFormat.Inherit;
}
