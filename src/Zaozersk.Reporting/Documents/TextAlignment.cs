namespace Zaozersk.Reporting.Documents;

/// <summary>Horizontal alignment of a paragraph's lines.</summary>
internal enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}
