namespace Zaozersk.Reporting.Layout;

/// <summary>
/// A logical part of the document (a paragraph, a table cell, a list item) that laid-out items
/// belong to, so a tagged PDF can group them in reading order however pages divide them: the
/// pieces of a cell split across pages point to one node. Items without a node are page
/// furniture (headers, page numbers, repeated header rows, rules).
/// </summary>
internal sealed class StructureNode(StructureRole role, StructureNode? parent)
{
    public StructureRole Role { get; } = role;

    /// <summary>The enclosing part, or null under the document's root.</summary>
    public StructureNode? Parent { get; } = parent;

    /// <summary>For a header cell: it heads its column; for a row: it is a header row.</summary>
    public bool HeadsColumn { get; init; }

    /// <summary>For a cell: the rows it covers.</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>For a cell: the columns it covers.</summary>
    public int ColumnSpan { get; init; } = 1;
}
