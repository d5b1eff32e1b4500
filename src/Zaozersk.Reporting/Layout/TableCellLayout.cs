using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>A cell's place in the grid and how to build its content for a given width.</summary>
internal sealed record TableCellLayout(int Column, int Span, VerticalAlignment Alignment, Func<StackElement> Content);
