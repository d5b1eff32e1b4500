namespace Zaozersk.Reporting.Layout;

/// <summary>Collects what is placed on the current page, and what the page's fields should show.</summary>
internal sealed class PageCanvas(int pageNumber, int? pageCount)
{
    private readonly List<PageItem> _items = [];

    public int PageNumber { get; } = pageNumber;

    /// <summary>The total page count, once known (the second pass); null in the first.</summary>
    public int? PageCount { get; } = pageCount;

    public IReadOnlyList<PageItem> Items => _items;

    private int _furniture;

    /// <summary>
    /// From here to <see cref="EndFurniture"/>, what is placed is page furniture (a header row
    /// repeated on a continuation page): its text is not part of the document's structure.
    /// </summary>
    public void BeginFurniture() => _furniture++;

    /// <summary>Ends what <see cref="BeginFurniture"/> began.</summary>
    public void EndFurniture() => _furniture--;

    public void Add(PageItem item)
    {
        if (_furniture > 0)
        {
            switch (item)
            {
                case StructureItem:
                    return;
                case TextItem { Node: not null } text:
                    item = text with { Node = null };
                    break;
                case LinkItem { Node: not null } link:
                    item = link with { Node = null };
                    break;
            }
        }

        _items.Add(item);
    }
}
