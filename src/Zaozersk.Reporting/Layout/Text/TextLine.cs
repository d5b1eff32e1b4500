namespace Zaozersk.Reporting.Layout;

/// <summary>A broken line of a paragraph: its fragments, natural width, height and ascent, and how it ended.</summary>
internal sealed record TextLine(List<TextFragment> Fragments, double Width, double Height, double Ascent, bool EndsParagraphOrBreak, int Spaces)
{
    /// <summary>Whether the line was broken at a space (dropped from its end), that is between two words.</summary>
    public bool EndsAtSpace { get; init; }
}
