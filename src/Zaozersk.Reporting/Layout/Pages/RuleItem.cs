namespace Zaozersk.Reporting.Layout;

/// <summary>A straight line: a table border or an underline.</summary>
internal sealed record RuleItem(double X1, double Y1, double X2, double Y2, double Thickness) : PageItem;
