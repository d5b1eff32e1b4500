namespace Zaozersk.Reporting.Layout;

/// <summary>
/// The contract every element keeps (in the spirit of QuestPDF's): <see cref="Measure"/> says how
/// the rest of the element would fit a box, without changing anything; <see cref="Draw"/> places
/// exactly what <see cref="Measure"/> promised and advances the element's state, so the next page
/// continues where this one stopped. Both are told whether the element is the first thing on the
/// page (nothing above it in the page body): there, moving to the next page would gain nothing,
/// so an element that does not fit must break rather than wait.
/// </summary>
internal interface ILayoutElement
{
    /// <summary>Whether the keep-with-next rule ties this element to the one after it.</summary>
    bool KeepWithNext { get; }

    /// <summary>True once everything has been drawn.</summary>
    bool IsComplete { get; }

    SpacePlan Measure(double width, double height, bool firstOnPage);

    void Draw(PageCanvas canvas, double x, double y, double width, double height, bool firstOnPage);

    /// <summary>Rewinds to the start so the element can be drawn again (a header row repeated on the next page); measurements are kept.</summary>
    void Reset();
}
