using System.Globalization;
using System.Text;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Breaks a paragraph's text into lines, greedily, the way word processors do: at spaces, after
/// a hyphen or dash inside a word, at soft hyphens (which then show as «-»), never at a
/// non-breaking space; a word wider than the line is broken between characters rather than
/// clipped. Every character must be in the bundled font; one that is not is an error naming it.
/// Words are ranges of their run's text, not strings of their own: large documents have millions.
/// </summary>
internal static class LineBreaker
{
    private const double Epsilon = 0.001;
    private const string Space = " ";

    // Working lists, reused by every paragraph on a thread: a large report breaks hundreds of thousands of lines.
    [ThreadStatic]
    private static List<Atom>? t_atoms;

    [ThreadStatic]
    private static List<Atom>? t_line;

    [ThreadStatic]
    private static List<Atom>? t_carry;

    public static List<TextLine> Break(IReadOnlyList<TextPiece> pieces, double firstWidth, double width, TextStyle baseStyle, double lineSpacing, string location)
    {
        var lines = new List<TextLine>();
        var line = t_line ??= [];
        line.Clear();
        var used = 0.0;
        var lastForced = true;

        void Finish(bool forced)
        {
            lines.Add(Assemble(line, forced, baseStyle, lineSpacing));
            line.Clear();
            used = 0;
            lastForced = forced;
        }

        void Add(Atom atom)
        {
            line.Add(atom);
            used += atom.Width;
        }

        var atoms = t_atoms ??= [];
        atoms.Clear();
        Atomize(pieces, location, atoms);
        var carry = t_carry ??= [];
        Atom? pending = null;
        var next = 0;
        while (pending is not null || next < atoms.Count)
        {
            var atom = pending ?? atoms[next++];
            pending = null;
            var available = lines.Count == 0 ? firstWidth : width;
            if (atom.IsBreak)
            {
                Finish(forced: true);
                continue;
            }

            if (atom.IsSpace)
            {
                // Spaces at the start of a wrapped line fall into the break; typed ones at a paragraph's start stay.
                if (line.Count > 0 || lastForced)
                {
                    Add(atom);
                }

                continue;
            }

            if (used + atom.Width <= available + Epsilon)
            {
                Add(atom);
                continue;
            }

            var lastBreak = line.FindLastIndex(a => a.IsSpace || a.CanBreakAfter);
            if (lastBreak >= 0 && BreakFits(line, lastBreak, available))
            {
                carry.Clear();
                carry.AddRange(line.GetRange(lastBreak + 1, line.Count - lastBreak - 1));
                line.RemoveRange(lastBreak + 1, line.Count - lastBreak - 1);
                Finish(forced: false);
                foreach (var carried in carry)
                {
                    if (line.Count > 0 || !carried.IsSpace)
                    {
                        Add(carried);
                    }
                }

                pending = atom;
                continue;
            }

            // No break opportunity: break the word between characters.
            var fit = CharactersThatFit(atom, available - used);
            if (fit == 0 && line.Exists(a => !a.IsSpace))
            {
                Finish(forced: false);
                pending = atom;
                continue;
            }

            fit = Math.Max(fit, 1);
            var (head, tail) = Split(atom, fit);
            Add(head);
            Finish(forced: false);
            pending = tail;
        }

        if (line.Count > 0 || lines.Count == 0 || lastForced)
        {
            Finish(forced: true);
        }
        else
        {
            lines[^1] = lines[^1] with { EndsParagraphOrBreak = true };
        }

        return lines;
    }

    /// <summary>A soft-hyphen break adds a visible hyphen, which must fit too.</summary>
    private static bool BreakFits(List<Atom> line, int lastBreak, double available)
    {
        var atom = line[lastBreak];
        if (!atom.HyphenOnBreak)
        {
            return true;
        }

        var width = 0.0;
        for (var i = 0; i <= lastBreak; i++)
        {
            width += line[i].Width;
        }

        return width + atom.Style.Width('-') <= available + Epsilon;
    }

    private static int CharactersThatFit(Atom atom, double space)
    {
        var width = 0.0;
        var count = 0;
        foreach (var rune in atom.Span.EnumerateRunes())
        {
            width += atom.Style.Width(rune.Value);
            if (width > space + Epsilon)
            {
                break;
            }

            count += rune.Utf16SequenceLength;
        }

        return count;
    }

    private static (Atom Head, Atom? Tail) Split(Atom atom, int length)
    {
        if (length >= atom.Length)
        {
            return (atom, null);
        }

        var head = atom with { Length = length, Width = atom.Style.Width(atom.Span[..length]), CanBreakAfter = true, HyphenOnBreak = false };
        var tail = atom with { Start = atom.Start + length, Length = atom.Length - length, Width = atom.Style.Width(atom.Span[length..]) };
        return (head, tail);
    }

    private static TextLine Assemble(List<Atom> atoms, bool forced, TextStyle baseStyle, double lineSpacing)
    {
        var end = atoms.Count;
        while (end > 0 && atoms[end - 1].IsSpace)
        {
            end--;
        }

        var fragments = new List<TextFragment>(end);
        var x = 0.0;
        var height = baseStyle.LineHeight;
        var ascent = baseStyle.Ascent;
        var spaces = 0;
        for (var i = 0; i < end; i++)
        {
            var atom = atoms[i];
            var hyphen = i == end - 1 && atom.HyphenOnBreak && !forced;
            var width = atom.Width + (hyphen ? atom.Style.Width('-') : 0);
            height = Math.Max(height, atom.Style.LineHeight);
            ascent = Math.Max(ascent, atom.Style.Ascent);
            if (atom.IsSpace)
            {
                spaces++;
            }

            // Adjacent ranges of the same text, style and link (a word split after its hyphen) stay one fragment.
            if (fragments.Count > 0 && !atom.IsSpace && fragments[^1] is { IsSpace: false, Hyphen: false } previous
                && previous.Style == atom.Style && previous.Link == atom.Link
                && ReferenceEquals(previous.Source, atom.Source) && previous.Start + previous.Length == atom.Start)
            {
                fragments[^1] = previous with { Length = previous.Length + atom.Length, Width = previous.Width + width, Hyphen = hyphen };
            }
            else
            {
                fragments.Add(new TextFragment(atom.Source, atom.Start, atom.Length, hyphen, atom.Style, atom.Link, x, width, atom.IsSpace));
            }

            x += width;
        }

        return new TextLine(fragments, x, height * lineSpacing, ascent, forced, spaces);
    }

    private static void Atomize(IReadOnlyList<TextPiece> pieces, string location, List<Atom> atoms)
    {
        foreach (var piece in pieces)
        {
            if (piece.IsLineBreak)
            {
                atoms.Add(new Atom(Space, 0, 0, piece.Style, null, 0) { IsBreak = true });
                continue;
            }

            var text = piece.Text!;
            var metrics = piece.Style.Metrics;
            var start = 0;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c is ' ' or '\t')
                {
                    Word(atoms, piece, text, start, i, false, false);
                    atoms.Add(new Atom(Space, 0, 1, piece.Style, piece.Link, piece.Style.Width(' ')) { IsSpace = true });
                    start = ++i;
                    continue;
                }

                if (c == '\u00AD')
                {
                    Word(atoms, piece, text, start, i, true, true);
                    start = ++i;
                    continue;
                }

                var rune = char.IsHighSurrogate(c) && i + 1 < text.Length ? new Rune(c, text[i + 1]) : new Rune(c);
                if (!metrics.Has(rune.Value))
                {
                    throw new LayoutException(location, string.Create(CultureInfo.InvariantCulture,
                        $"the character U+{rune.Value:X4} «{rune}» in «{Excerpt(text, i)}» is not in the bundled font (Liberation Serif); replace it"));
                }

                i += rune.Utf16SequenceLength;
                var breaksAfter = c is '-' or '‐' or '–' or '—' && i - start > 1 && i < text.Length && char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i - 2]);
                if (breaksAfter)
                {
                    Word(atoms, piece, text, start, i, true, false);
                    start = i;
                }
            }

            Word(atoms, piece, text, start, i, false, false);
        }
    }

    private static void Word(List<Atom> atoms, TextPiece piece, string text, int start, int end, bool canBreakAfter, bool hyphenOnBreak)
    {
        if (end > start)
        {
            atoms.Add(new Atom(text, start, end - start, piece.Style, piece.Link, piece.Style.Width(text.AsSpan(start, end - start))) { CanBreakAfter = canBreakAfter, HyphenOnBreak = hyphenOnBreak });
        }
    }

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 30);
        var end = Math.Min(text.Length, at + 30);
        return (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
    }

    /// <summary>An unbreakable range of a run's text (or one space, or a forced break) with its width.</summary>
    private readonly record struct Atom(string Source, int Start, int Length, TextStyle Style, Uri? Link, double Width)
    {
        public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

        public bool IsSpace { get; init; }

        public bool IsBreak { get; init; }

        public bool CanBreakAfter { get; init; }

        public bool HyphenOnBreak { get; init; }
    }
}
