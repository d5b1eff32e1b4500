namespace Zaozersk.Reporting.Layout;

/// <summary>One page of the laid-out document: its size in points and what is on it, in drawing order.</summary>
internal sealed record LaidOutPage(double Width, double Height, IReadOnlyList<PageItem> Items);
