using System.Globalization;
using System.Text;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Breaks a paragraph's text into lines, greedily, the way word processors do: at spaces, after
/// a hyphen or dash inside a word, at soft hyphens (which then show as «-»), never at a
/// non-breaking space; a word wider than the line is broken between characters rather than
/// clipped. Every character must be in the bundled font; one that is not is an error naming it.
/// </summary>
internal static class LineBreaker
{
    private const double Epsilon = 0.001;

    public static List<TextLine> Break(IReadOnlyList<TextPiece> pieces, double firstWidth, double width, TextStyle baseStyle, double lineSpacing, string location)
    {
        using var atoms = Atomize(pieces, location).GetEnumerator();
        Atom? pending = null;
        var lines = new List<TextLine>();
        var line = new List<Atom>();
        var used = 0.0;
        var lastForced = true;

        void Finish(bool forced)
        {
            lines.Add(Assemble(line, forced, baseStyle, lineSpacing));
            line = [];
            used = 0;
            lastForced = forced;
        }

        void Add(Atom atom)
        {
            line.Add(atom);
            used += atom.Width;
        }

        while (pending is not null || atoms.MoveNext())
        {
            var atom = pending ?? atoms.Current;
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
                var carry = line.GetRange(lastBreak + 1, line.Count - lastBreak - 1);
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
            if (fit == 0 && line.Any(a => !a.IsSpace))
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
        foreach (var rune in atom.Text.EnumerateRunes())
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
        if (length >= atom.Text.Length)
        {
            return (atom, null);
        }

        var head = atom with { Text = atom.Text[..length], Width = atom.Style.Width(atom.Text[..length]), CanBreakAfter = true, HyphenOnBreak = false };
        var tail = atom with { Text = atom.Text[length..], Width = atom.Style.Width(atom.Text[length..]) };
        return (head, tail);
    }

    private static TextLine Assemble(List<Atom> atoms, bool forced, TextStyle baseStyle, double lineSpacing)
    {
        var end = atoms.Count;
        while (end > 0 && atoms[end - 1].IsSpace)
        {
            end--;
        }

        var fragments = new List<TextFragment>();
        var x = 0.0;
        var height = baseStyle.LineHeight;
        var ascent = baseStyle.Ascent;
        var spaces = 0;
        for (var i = 0; i < end; i++)
        {
            var atom = atoms[i];
            var text = atom.Text;
            var width = atom.Width;
            if (i == end - 1 && atom.HyphenOnBreak && !forced)
            {
                text += "-";
                width += atom.Style.Width('-');
            }

            height = Math.Max(height, atom.Style.LineHeight);
            ascent = Math.Max(ascent, atom.Style.Ascent);
            if (atom.IsSpace)
            {
                spaces++;
            }

            // Words of one style and link are one fragment; spaces stay separate so justification can stretch them.
            if (fragments.Count > 0 && !atom.IsSpace && fragments[^1] is { IsSpace: false } previous && previous.Style == atom.Style && previous.Link == atom.Link)
            {
                fragments[^1] = previous with { Text = previous.Text + text, Width = previous.Width + width };
            }
            else
            {
                fragments.Add(new TextFragment(text, atom.Style, atom.Link, x, width, atom.IsSpace));
            }

            x += width;
        }

        return new TextLine(fragments, x, height * lineSpacing, ascent, forced, spaces);
    }

    private static IEnumerable<Atom> Atomize(IReadOnlyList<TextPiece> pieces, string location)
    {
        foreach (var piece in pieces)
        {
            if (piece.IsLineBreak)
            {
                yield return new Atom(string.Empty, piece.Style, null, 0) { IsBreak = true };
                continue;
            }

            var text = piece.Text!;
            var metrics = piece.Style.Metrics;
            var word = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is ' ' or '\t')
                {
                    if (word.Length > 0)
                    {
                        yield return Word(word, piece, false, false);
                    }

                    yield return new Atom(" ", piece.Style, piece.Link, piece.Style.Width(' ')) { IsSpace = true };
                    continue;
                }

                if (c == '\u00AD')
                {
                    if (word.Length > 0)
                    {
                        yield return Word(word, piece, true, true);
                    }

                    continue;
                }

                var rune = char.IsHighSurrogate(c) && i + 1 < text.Length ? new Rune(c, text[++i]) : new Rune(c);
                if (!metrics.Has(rune.Value))
                {
                    throw new LayoutException(location, string.Create(CultureInfo.InvariantCulture,
                        $"the character U+{rune.Value:X4} «{rune}» in «{Excerpt(text, i)}» is not in the bundled font (Liberation Serif); replace it"));
                }

                word.Append(rune.ToString());
                var breaksAfter = c is '-' or '‐' or '–' or '—' && word.Length > 1 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && char.IsLetterOrDigit(word[^2]);
                if (breaksAfter)
                {
                    yield return Word(word, piece, true, false);
                }
            }

            if (word.Length > 0)
            {
                yield return Word(word, piece, false, false);
            }
        }
    }

    private static Atom Word(StringBuilder word, TextPiece piece, bool canBreakAfter, bool hyphenOnBreak)
    {
        var text = word.ToString();
        word.Clear();
        return new Atom(text, piece.Style, piece.Link, piece.Style.Width(text)) { CanBreakAfter = canBreakAfter, HyphenOnBreak = hyphenOnBreak };
    }

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 30);
        var end = Math.Min(text.Length, at + 30);
        return (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
    }

    /// <summary>An unbreakable piece of text (or one space, or a forced break) with its width.</summary>
    private sealed record Atom(string Text, TextStyle Style, Uri? Link, double Width)
    {
        public bool IsSpace { get; init; }

        public bool IsBreak { get; init; }

        public bool CanBreakAfter { get; init; }

        public bool HyphenOnBreak { get; init; }
    }
}
