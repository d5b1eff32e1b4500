using Zaozersk.Reporting.Fonts;
using Zaozersk.Reporting.Localization;
using Atom = Zaozersk.Reporting.Layout.LineBreaker.Atom;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Splits a paragraph's pieces into the atoms <see cref="LineBreaker"/> fills lines with: words
/// (ranges of their run's text, measured once), spaces and forced breaks, each word marked with
/// whether the line may break after it (after a hyphen or dash inside a word, at a soft hyphen, a
/// slash, a zero-width space). Invisible characters are classified by <see cref="CharacterPolicy"/>.
/// </summary>
internal static class LineAtoms
{
    private const string Space = " ";

    /// <summary>Adds the atoms of <paramref name="pieces"/> to <paramref name="atoms"/>; a character that cannot be shown is an error at <paramref name="location"/>.</summary>
    public static void Atomize(IReadOnlyList<TextPiece> pieces, string location, List<Atom> atoms)
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
}
