using System.Text;
using Zaozersk.Reporting.Fonts;
using Zaozersk.Reporting.Localization;

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
        var usedFit = 0L;
        var lastForced = true;
        var spaceBeforeLine = -1;

        void Finish(bool forced)
        {
            foreach (var atom in line)
            {
                spaceBeforeLine = atom.IsSpace ? atom.Offset : spaceBeforeLine;
            }

            lines.Add(Assemble(line, forced, baseStyle, lineSpacing));
            line.Clear();
            usedFit = 0;
            lastForced = forced;
        }

        void Add(Atom atom)
        {
            line.Add(atom);
            usedFit += atom.Fit;
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

                // A word processor counts a line break as white space when it looks back from a slash.
                spaceBeforeLine = atom.PieceOffset;
                continue;
            }

            if (atom.IsSpace)
            {
                // Spaces at the start of a wrapped line fall into the break; typed ones at a paragraph's start stay.
                if (line.Count > 0 || lastForced)
                {
                    Add(atom);
                }
                else
                {
                    spaceBeforeLine = atom.Offset;
                }

                continue;
            }

            var availableFit = WordProcessorRules.FitUnits(available);
            if (usedFit + atom.Fit <= availableFit)
            {
                Add(atom);
                continue;
            }

            var lastBreak = line.FindLastIndex(a => a.IsBreakOpportunity);
            if (lastBreak == line.Count - 1 && lastBreak > 0 && line[lastBreak].AfterSlash && atom.Fit > 0 && atom.Style.FitAdvance(Rune.GetRuneAt(atom.Source, atom.Start).Value) > availableFit - usedFit)
            {
                // Not even the next word's first character fits: LibreOffice does not break right after a slash there, but earlier.
                lastBreak = line.FindLastIndex(lastBreak - 1, a => a.IsBreakOpportunity);
            }

            lastBreak = WordProcessorRules.SlashBreak(line, lastBreak, spaceBeforeLine);
            if (lastBreak >= 0 && BreakFits(line, lastBreak, availableFit))
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
            var (fit, fitUnits, fitWidth) = CharactersThatFit(atom, availableFit - usedFit);
            if (fit == 0 && line.Exists(a => !a.IsSpace))
            {
                Finish(forced: false);
                pending = atom;
                continue;
            }

            if (fit == 0)
            {
                var first = Rune.GetRuneAt(atom.Source, atom.Start);
                (fit, fitUnits, fitWidth) = (first.Utf16SequenceLength, atom.Style.Metrics.Advance(first.Value), atom.Style.FitAdvance(first.Value));
            }

            var (head, tail) = Split(atom, fit, fitUnits, fitWidth);
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
    private static bool BreakFits(List<Atom> line, int lastBreak, long availableFit)
    {
        var atom = line[lastBreak];
        if (!atom.HyphenOnBreak)
        {
            return true;
        }

        var width = 0L;
        for (var i = 0; i <= lastBreak; i++)
        {
            width += line[i].Fit;
        }

        return width + atom.Style.FitAdvance('-') <= availableFit;
    }

    /// <summary>How many UTF-16 units of the word's start fit in <paramref name="spaceFit"/> (in fit units), and their advance in font units; looks no further than that.</summary>
    private static (int Length, long Units, long Fit) CharactersThatFit(Atom atom, long spaceFit)
    {
        var fit = 0L;
        var count = 0;
        var units = 0L;
        var metrics = atom.Style.Metrics;
        foreach (var rune in atom.Span.EnumerateRunes())
        {
            var advance = atom.Style.FitAdvance(rune.Value);
            if (fit + advance > spaceFit)
            {
                break;
            }

            fit += advance;
            count += rune.Utf16SequenceLength;
            units += metrics.Advance(rune.Value);
        }

        return (count, units, fit);
    }

    /// <summary>
    /// Cuts a word after <paramref name="length"/> units of text. The tail's width is the word's
    /// minus the head's, in whole font units: measuring the tail again would make breaking a very
    /// long word quadratic, since every line would re-measure all that is left.
    /// </summary>
    private static (Atom Head, Atom? Tail) Split(Atom atom, int length, long headUnits, long headFit)
    {
        if (length >= atom.Length)
        {
            return (atom, null);
        }

        var head = atom with { Length = length, Units = headUnits, Width = atom.Style.FromUnits(headUnits), Fit = headFit, CanBreakAfter = true, HyphenOnBreak = false, AfterSlash = false };
        var tailUnits = atom.Units - headUnits;
        var tail = atom with { Start = atom.Start + length, Length = atom.Length - length, Units = tailUnits, Width = atom.Style.FromUnits(tailUnits), Fit = atom.Fit - headFit };
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

        return new TextLine(fragments, x, height * lineSpacing, ascent, forced, spaces) { EndsAtSpace = end < atoms.Count };
    }

    private static void Atomize(IReadOnlyList<TextPiece> pieces, string location, List<Atom> atoms)
    {
        var paragraphOffset = 0;
        foreach (var piece in pieces)
        {
            if (piece.IsLineBreak)
            {
                atoms.Add(LineBreakAtom(piece.Style, paragraphOffset++));
                continue;
            }

            var text = piece.Text!;
            var offset = paragraphOffset;
            paragraphOffset += text.Length;
            var start = 0;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c is ' ' or '\t')
                {
                    Word(atoms, piece, offset, start, i, false, false);
                    var units = piece.Style.Metrics.Advance(' ');
                    atoms.Add(new Atom(Space, 0, 1, piece.Style, piece.Link, piece.Style.FromUnits(units), units) { IsSpace = true, PieceOffset = offset + i, Fit = piece.Style.FitAdvance(' '), Glued = WordProcessorRules.SpaceIsGlued(text, i) });
                    start = ++i;
                    continue;
                }

                if (c == '\u00AD')
                {
                    Word(atoms, piece, offset, start, i, true, true);
                    start = ++i;
                    continue;
                }

                var codePoint = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(c, text[i + 1]) : c;
                var length = codePoint > 0xFFFF ? 2 : 1;
                var kind = CharacterPolicy.Classify(codePoint);
                switch (kind)
                {
                    case CharacterKind.Printable:
                        break;
                    case CharacterKind.LineBreak:
                        Word(atoms, piece, offset, start, i, false, false);
                        atoms.Add(LineBreakAtom(piece.Style, offset + i));
                        start = i += length;
                        continue;
                    case CharacterKind.BreakOpportunity:
                    case CharacterKind.Invisible:
                        // Not drawn: the word ends before it, so it is in no range; whether the line may break there is the word's flag.
                        Word(atoms, piece, offset, start, i, kind == CharacterKind.BreakOpportunity, false);
                        start = i += length;
                        continue;
                    case CharacterKind.Unprintable:
                        throw new LayoutException(location, Localized.Text(
                            $"the character {CharacterPolicy.Describe(codePoint)} in «{Excerpt(text, i)}» cannot be shown in a document; remove it",
                            $"символ {CharacterPolicy.Describe(codePoint)} в «{Excerpt(text, i)}» нельзя показать в документе; удалите его"));
                    default:
                        throw new LayoutException(location, Localized.Text(
                            $"the character {CharacterPolicy.Describe(codePoint)} in «{Excerpt(text, i)}» is not in the bundled font (Liberation Serif); replace it",
                            $"символа {CharacterPolicy.Describe(codePoint)} в «{Excerpt(text, i)}» нет во встроенном шрифте (Liberation Serif); замените его"));
                }

                i += length;
                var breaksAfter = c is '-' or '‐' or '–' or '—' && i - start > 1 && i < text.Length && char.IsLetterOrDigit(text[i]) && char.IsLetterOrDigit(text[i - 2]);
                var afterSlash = !breaksAfter && WordProcessorRules.BreaksAfterSymbol(text, i - 1);
                if (breaksAfter || afterSlash)
                {
                    Word(atoms, piece, offset, start, i, true, false, afterSlash && c == '/');
                    start = i;
                }
            }

            Word(atoms, piece, offset, start, i, false, false);
        }
    }

    private static void Word(List<Atom> atoms, TextPiece piece, int offset, int start, int end, bool canBreakAfter, bool hyphenOnBreak, bool afterSlash = false)
    {
        var text = piece.Text!;
        if (end > start)
        {
            var (units, fit) = piece.Style.Measure(text.AsSpan(start, end - start));
            atoms.Add(new Atom(text, start, end - start, piece.Style, piece.Link, piece.Style.FromUnits(units), units) { CanBreakAfter = canBreakAfter, HyphenOnBreak = hyphenOnBreak, AfterSlash = afterSlash, PieceOffset = offset, Fit = fit });
        }
        else if (canBreakAfter && !hyphenOnBreak && atoms.Count > 0 && !atoms[^1].IsSpace && !atoms[^1].IsBreak)
        {
            // A break opportunity right after a glued or invisible character: the word before it may break here.
            atoms[^1] = atoms[^1] with { CanBreakAfter = true };
        }
    }

    private static Atom LineBreakAtom(TextStyle style, int offset) => new(Space, 0, 0, style, null, 0, 0) { IsBreak = true, PieceOffset = offset };

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 30);
        var end = Math.Min(text.Length, at + 30);
        return (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
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
