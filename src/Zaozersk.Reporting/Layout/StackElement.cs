namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Elements one below the other (a page body, a table cell). Keep-with-next moves an element to
/// the next page with its successor when nothing of the successor would fit after it — unless
/// the element is the first here, where moving would gain nothing. An element that can split (a
/// table before the signature block) instead gives its last lines to the next page, so the
/// successor never starts a page on its own.
/// </summary>
internal sealed class StackElement(IReadOnlyList<ILayoutElement> children) : ILayoutElement
{
    // How much less room a kept element is offered to make it leave its tail for the next page.
    private const double TailStep = 0.5;

    private int _current;

    public bool KeepWithNext => false;

    public bool IsComplete => children.Skip(_current).All(c => c.IsComplete);

    public SpacePlan Measure(double width, double height) => Plan(width, height, null);

    public void Reset()
    {
        _current = 0;
        foreach (var child in children)
        {
            child.Reset();
        }
    }

    public void Draw(PageCanvas canvas, double x, double y, double width, double height)
    {
        var steps = new List<(int Index, SpacePlan Plan, double? Room)>();
        Plan(width, height, steps);
        var offset = 0.0;
        foreach (var (index, plan, room) in steps)
        {
            children[index].Draw(canvas, x, y + offset, width, room ?? height - offset);
            offset += plan.Height;
            if (plan.Kind == SpaceKind.Full || plan.Kind == SpaceKind.Empty)
            {
                _current = index + 1;
            }
            else
            {
                _current = index;
            }
        }

        // Skip finished elements so the next page starts at the first unfinished one.
        while (_current < children.Count && children[_current].IsComplete)
        {
            _current++;
        }
    }

    /// <summary>How the children fit; when <paramref name="steps"/> is given, which of them to draw and how (measuring alone allocates nothing).</summary>
    private SpacePlan Plan(double width, double height, List<(int Index, SpacePlan Plan, double? Room)>? steps)
    {
        var count = 0;
        var used = 0.0;
        for (var i = _current; i < children.Count; i++)
        {
            var plan = children[i].Measure(width, height - used);
            switch (plan.Kind)
            {
                case SpaceKind.Empty:
                    continue;
                case SpaceKind.Wrap:
                    return count == 0 ? SpacePlan.Wrap : SpacePlan.Partial(used);
                case SpaceKind.Partial:
                    steps?.Add((i, plan, null));
                    return SpacePlan.Partial(used + plan.Height);
            }

            if (children[i].KeepWithNext && NextWraps(i, width, height - used - plan.Height))
            {
                // Only a table gives its tail; a kept paragraph moves whole, as before.
                var room = plan.Height - TailStep;
                var head = children[i] is TableElement && room > 0 ? children[i].Measure(width, room) : SpacePlan.Wrap;
                if (head.Kind == SpaceKind.Partial && head.Height > 0)
                {
                    steps?.Add((i, head, room));
                    return SpacePlan.Partial(used + head.Height);
                }

                if (count > 0)
                {
                    return SpacePlan.Partial(used);
                }
            }

            steps?.Add((i, plan, null));
            count++;
            used += plan.Height;
        }

        return count == 0 ? SpacePlan.Empty : SpacePlan.Full(used);
    }

    private bool NextWraps(int index, double width, double height)
    {
        for (var j = index + 1; j < children.Count; j++)
        {
            var next = children[j].Measure(width, height);
            if (next.Kind != SpaceKind.Empty)
            {
                return next.Kind == SpaceKind.Wrap;
            }
        }

        return false;
    }
}
