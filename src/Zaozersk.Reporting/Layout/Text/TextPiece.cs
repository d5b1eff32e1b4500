namespace Zaozersk.Reporting.Layout;

/// <summary>A stretch of a paragraph's text in one style (and link), or a forced line break when <see cref="Text"/> is null.</summary>
internal sealed record TextPiece(string? Text, TextStyle Style, Uri? Link)
{
    public bool IsLineBreak => Text is null;
}
