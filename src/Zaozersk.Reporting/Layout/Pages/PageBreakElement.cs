namespace Zaozersk.Reporting.Layout;

/// <summary>Ends the page: the first time it is offered space it takes none and asks for a new page.</summary>
internal sealed class PageBreakElement : ILayoutElement
{
    private bool _done;

    public bool KeepWithNext => false;

    public bool IsComplete => _done;

    public SpacePlan Measure(double width, double height, bool firstOnPage) => _done ? SpacePlan.Empty : SpacePlan.Partial(0);

    public void Draw(PageCanvas canvas, double x, double y, double width, double height, bool firstOnPage) => _done = true;

    public void Reset() => _done = false;
}
