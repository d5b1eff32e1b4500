namespace Zaozersk.Reporting.Layout;

/// <summary>
/// The part of a merged cell on one page: a box as tall as the rows it covers there, drawn with the
/// first of those rows, and the room its content was measured in.
/// </summary>
/// <param name="Cell">The merged cell.</param>
/// <param name="Height">The box's height: the rows it covers on this page, less the gap above the first.</param>
/// <param name="Room">The height its content was measured in (inside the insets).</param>
/// <param name="Whole">Whether the whole cell is on this page, so its vertical alignment applies (a cell split across pages starts at the top, as in a word processor).</param>
/// <param name="FirstOnPage">Whether nothing is above the cell on this page.</param>
internal sealed record MergedCellPiece(MergedCell Cell, double Height, double Room, bool Whole, bool FirstOnPage);
