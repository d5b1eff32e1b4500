namespace Zaozersk.Reporting.Documents;

/// <summary>Text with one character format. Non-breaking spaces (U+00A0) and soft hyphens (U+00AD) are kept as characters.</summary>
internal sealed record TextRun(string Text) : Inline
{
    public RunFormat Format { get; init; } = RunFormat.Inherit;
}
