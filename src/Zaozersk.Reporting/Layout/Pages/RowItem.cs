namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Where a part of a table row landed; not drawn. It lets tests (and readers of the layout) see
/// how rows split: <see cref="Continued"/> marks a part that carries on from the previous page,
/// <see cref="Repeated"/> a header row repeated on a continuation page.
/// </summary>
internal sealed record RowItem(int Table, int Row, double Y, double Height, bool Continued, bool Complete, bool Repeated) : PageItem;
