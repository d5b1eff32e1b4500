namespace Zaozersk.Reporting.Documents;

/// <summary>
/// A format-neutral, immutable document: what a template produces and what the DOCX and PDF
/// writers render. Formatting lives in named styles; elements may override single properties.
/// </summary>
internal sealed record Document
{
    public required DocumentInfo Info { get; init; }

    public required StyleSheet Styles { get; init; }

    public required IReadOnlyList<PageSection> Sections { get; init; }
}
