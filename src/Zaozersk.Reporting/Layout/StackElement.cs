using Zaozersk.Reporting.Documents;

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
    private int _current;

    public bool KeepWithNext => false;

    public bool IsComplete
    {
        get
        {
            for (var i = _current; i < children.Count; i++)
            {
                if (!children[i].IsComplete)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public SpacePlan Measure(double width, double height, bool firstOnPage) => Plan(width, height, firstOnPage, null);

    public void Reset()
    {
        _current = 0;
        foreach (var child in children)
        {
            child.Reset();
        }
    }

    public void Draw(PageCanvas canvas, double x, double y, double width, double height, bool firstOnPage)
    {
        // Room for every child left: most stacks are a table cell's one paragraph, and a list that grew step by step would reallocate.
        var steps = new List<Step>(children.Count - _current);
        Plan(width, height, firstOnPage, steps);
        var offset = 0.0;
        foreach (var (index, plan, room, first) in steps)
        {
            children[index].Draw(canvas, x, y + offset, width, room ?? height - offset, first);
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
    private SpacePlan Plan(double width, double height, bool firstOnPage, List<Step>? steps)
    {
        var count = 0;
        var used = 0.0;
        for (var i = _current; i < children.Count; i++)
        {
            // Only the first child placed here is first on the page, and only when this stack is.
            var first = firstOnPage && count == 0;
            var plan = children[i].Measure(width, height - used, first);
            switch (plan.Kind)
            {
                case SpaceKind.Empty:
                    continue;
                case SpaceKind.Wrap:
                    return count == 0 ? SpacePlan.Wrap : SpacePlan.Partial(used);
                case SpaceKind.Partial:
                    steps?.Add(new Step(i, plan, null, first));
                    return SpacePlan.Partial(used + plan.Height);
            }

            if (children[i].KeepWithNext && NextWraps(i, width, height - used - plan.Height))
            {
                // Only a table gives its tail; a kept paragraph moves whole, as before. Asked how
                // much it leaves when offered less, the table is not told it is first on the page:
                // a first row may overflow its keep only to avoid moving, and here nothing moves.
                var room = plan.Height - LayoutRules.KeepTailStep;
                var head = children[i] is TableElement && room > 0 ? children[i].Measure(width, room, firstOnPage: false) : SpacePlan.Wrap;
                if (head.Kind == SpaceKind.Partial && head.Height > 0)
                {
                    steps?.Add(new Step(i, head, room, First: false));
                    return SpacePlan.Partial(used + head.Height);
                }

                if (count > 0)
                {
                    return SpacePlan.Partial(used);
                }
            }

            steps?.Add(new Step(i, plan, null, first));
            count++;
            used += plan.Height;
        }

        return count == 0 ? SpacePlan.Empty : SpacePlan.Full(used);
    }

    private bool NextWraps(int index, double width, double height)
    {
        for (var j = index + 1; j < children.Count; j++)
        {
            var next = children[j].Measure(width, height, firstOnPage: false);
            if (next.Kind != SpaceKind.Empty)
            {
                return next.Kind == SpaceKind.Wrap;
            }
        }

        return false;
    }

    /// <summary>A child to draw: the plan it was measured to, the room it was measured in when not the rest of the stack's, and whether it is first on the page.</summary>
    private readonly record struct Step(int Index, SpacePlan Plan, double? Room, bool First);
}
