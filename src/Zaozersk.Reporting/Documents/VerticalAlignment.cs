namespace Zaozersk.Reporting.Documents;

/// <summary>Vertical placement of a cell's content.</summary>
internal enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}
