namespace Zaozersk.Reporting.Layout;

/// <summary>
/// A placed piece of a line: a word (or a space, <see cref="IsSpace"/>) in one style, at
/// <see cref="X"/> from the line's start. The text is a range of its run's text (no string per
/// word), plus a hyphen when a soft hyphen broke the line after it.
/// </summary>
internal readonly record struct TextFragment(string Source, int Start, int Length, bool Hyphen, TextStyle Style, Uri? Link, double X, double Width, bool IsSpace)
{
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    public string Text => Hyphen ? string.Concat(Span, "-") : Source.Substring(Start, Length);
}
