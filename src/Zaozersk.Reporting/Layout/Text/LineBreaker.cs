using Zaozersk.Reporting.Fonts;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Breaks a paragraph's text into lines, greedily, the way word processors do: at spaces, after
/// a hyphen or dash inside a word, at soft hyphens (which then show as «-»), never at a
/// non-breaking space; a word wider than the line is broken between characters rather than
/// clipped, in time linear in its length. Invisible characters are handled as
/// <see cref="CharacterPolicy"/> says: U+2028/U+2029 break the line, U+200B is a break
/// opportunity, U+2060, U+FEFF, U+200C and U+200D glue; none of them is drawn. Any other
/// character must be in the bundled font; one that is not is an error naming it.
/// Words are ranges of their run's text, not strings of their own: large documents have millions.
/// </summary>
internal static class LineBreaker
{
    // Working lists, reused by every paragraph on a thread: a large report breaks hundreds of thousands of lines.
    [ThreadStatic]
    private static List<Atom>? t_atoms;

    [ThreadStatic]
    private static List<Atom>? t_line;

    [ThreadStatic]
    private static List<Atom>? t_carry;

    /// <summary>The lines of <paramref name="pieces"/>: the first <paramref name="firstWidth"/> points wide, the others <paramref name="width"/>.</summary>
    public static List<TextLine> Break(IReadOnlyList<TextPiece> pieces, double firstWidth, double width, TextStyle baseStyle, double lineSpacing, string location)
    {
        var atoms = t_atoms ??= [];
        atoms.Clear();
        LineAtoms.Atomize(pieces, location, atoms);
        var line = t_line ??= [];
        line.Clear();
        var fill = new LineFill(line, t_carry ??= [], baseStyle, lineSpacing);
        Atom? pending = null;
        var next = 0;
        while (pending is not null || next < atoms.Count)
        {
            var atom = pending ?? atoms[next++];
            pending = fill.Place(atom, fill.Lines.Count == 0 ? firstWidth : width);
        }

        return fill.End();
    }

    /// <summary>An unbreakable range of a run's text (or one space, or a forced break) with its width, in points and in font units.</summary>
    internal readonly record struct Atom(string Source, int Start, int Length, TextStyle Style, Uri? Link, double Width, long Units)
    {
        public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

        public bool IsSpace { get; init; }

        public bool IsBreak { get; init; }

        public bool CanBreakAfter { get; init; }

        public bool HyphenOnBreak { get; init; }

        /// <summary>A space the line may not break at (before a closing bracket or punctuation, after an opening bracket).</summary>
        public bool Glued { get; init; }

        /// <summary>Whether the line may end after this atom.</summary>
        public bool IsBreakOpportunity => (IsSpace && !Glued) || CanBreakAfter;

        /// <summary>The word ends with a slash the line may break after (see <see cref="WordProcessorRules.SlashBreak"/>).</summary>
        public bool AfterSlash { get; init; }

        /// <summary>Where the run's text starts in the paragraph's text (for a space: where the space is).</summary>
        public int PieceOffset { get; init; }

        /// <summary>The width a word processor gives it when deciding what fits (see <see cref="TextStyle.FitAdvance"/>).</summary>
        public long Fit { get; init; }

        /// <summary>Where this atom starts in the paragraph's text, in UTF-16 units.</summary>
        public int Offset => IsSpace ? PieceOffset : PieceOffset + Start;

        /// <summary>Where this atom ends in the paragraph's text.</summary>
        public int End => Offset + Length;
    }
}
