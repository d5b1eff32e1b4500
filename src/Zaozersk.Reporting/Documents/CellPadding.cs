namespace Zaozersk.Reporting.Documents;

/// <summary>Space between a cell's border and its content.</summary>
internal readonly record struct CellPadding(Length Top, Length Right, Length Bottom, Length Left);
