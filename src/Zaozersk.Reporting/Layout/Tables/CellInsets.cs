namespace Zaozersk.Reporting.Layout;

/// <summary>Room between a table cell's edges and its content, in points; the top includes the row's top rule.</summary>
internal readonly record struct CellInsets(double Top, double Right, double Bottom, double Left);
