namespace Zaozersk.Reporting.Layout;

/// <summary>Collects what is placed on the current page, and what the page's fields should show.</summary>
internal sealed class PageCanvas(int pageNumber, int? pageCount)
{
    private readonly List<PageItem> _items = [];

    public int PageNumber { get; } = pageNumber;

    /// <summary>The total page count, once known (the second pass); null in the first.</summary>
    public int? PageCount { get; } = pageCount;

    public IReadOnlyList<PageItem> Items => _items;

    public void Add(PageItem item) => _items.Add(item);
}
