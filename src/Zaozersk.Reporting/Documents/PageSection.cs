namespace Zaozersk.Reporting.Documents;

/// <summary>
/// A run of pages with one page setup and one set of headers and footers (a Word section).
/// When <see cref="FirstHeader"/> or <see cref="FirstFooter"/> is set, the first page uses them
/// (an empty one hides the default there: how page numbers start on page 2).
/// </summary>
internal sealed record PageSection
{
    public required PageSetup Page { get; init; }

    public HeaderFooter? Header { get; init; }

    public HeaderFooter? Footer { get; init; }

    public HeaderFooter? FirstHeader { get; init; }

    public HeaderFooter? FirstFooter { get; init; }

    public bool DifferentFirstPage => FirstHeader is not null || FirstFooter is not null;

    public required IReadOnlyList<Block> Blocks { get; init; }
}
