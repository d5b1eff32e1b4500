namespace Zaozersk.Reporting.Layout;

/// <summary>A placed piece of a line: a word (or a space, <see cref="IsSpace"/>) in one style, at <see cref="X"/> from the line's start.</summary>
internal sealed record TextFragment(string Text, TextStyle Style, Uri? Link, double X, double Width, bool IsSpace);
