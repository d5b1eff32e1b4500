namespace Zaozersk.Reporting.Markup;

/// <summary>Markup for the reader: its text, and a line of it for error messages.</summary>
internal interface IMarkupSource
{
    /// <summary>A reader over the markup from its start; opened once.</summary>
    TextReader OpenReader();

    /// <summary>
    /// The text of line <paramref name="number"/> (1-based), or of the last line when it is 0 or less,
    /// and how many lines there are; null text when the line is not at hand.
    /// </summary>
    (string? Line, int LineCount) FindLine(int number);
}
