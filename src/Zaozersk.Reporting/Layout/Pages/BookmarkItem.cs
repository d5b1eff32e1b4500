namespace Zaozersk.Reporting.Layout;

/// <summary>An outline entry pointing at <see cref="Y"/> on this page.</summary>
internal sealed record BookmarkItem(string Title, double Y) : PageItem;
