using System.Text;
using Atom = Zaozersk.Reporting.Layout.LineBreaker.Atom;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// The lines of one paragraph as they are filled, greedily: each atom is placed on the current
/// line if it fits; otherwise the line ends at its last break opportunity (what follows it moves to
/// the next line), or, with none, the word is broken between characters.
/// </summary>
internal sealed class LineFill(List<Atom> line, List<Atom> carry, TextStyle baseStyle, double lineSpacing)
{
    private long _usedFit;
    private bool _lastForced = true;
    private int _spaceBeforeLine = -1;

    /// <summary>The lines finished so far.</summary>
    public List<TextLine> Lines { get; } = [];

    /// <summary>Places <paramref name="atom"/> with <paramref name="available"/> points on the current line; returns what is left to place (the atom itself, or a word's tail), if anything.</summary>
    public Atom? Place(Atom atom, double available)
    {
        if (atom.IsBreak)
        {
            Finish(forced: true);

            // A word processor counts a line break as white space when it looks back from a slash.
            _spaceBeforeLine = atom.PieceOffset;
            return null;
        }

        if (atom.IsSpace)
        {
            // Spaces at the start of a wrapped line fall into the break; typed ones at a paragraph's start stay.
            if (line.Count > 0 || _lastForced)
            {
                Add(atom);
            }
            else
            {
                _spaceBeforeLine = atom.Offset;
            }

            return null;
        }

        var availableFit = WordProcessorRules.FitUnits(available);
        if (_usedFit + atom.Fit <= availableFit)
        {
            Add(atom);
            return null;
        }

        return Overflow(atom, availableFit);
    }

    /// <summary>The paragraph's end: the last line is finished, or the last finished one marked as the paragraph's end.</summary>
    public List<TextLine> End()
    {
        if (line.Count > 0 || Lines.Count == 0 || _lastForced)
        {
            Finish(forced: true);
        }
        else
        {
            Lines[^1] = Lines[^1] with { EndsParagraphOrBreak = true };
        }

        return Lines;
    }

    /// <summary><paramref name="atom"/> does not fit: the line ends at its last break opportunity, or the word is broken between characters.</summary>
    private Atom? Overflow(Atom atom, long availableFit)
    {
        var lastBreak = line.FindLastIndex(a => a.IsBreakOpportunity);
        if (lastBreak == line.Count - 1 && lastBreak > 0 && line[lastBreak].AfterSlash && atom.Fit > 0 && atom.Style.FitAdvance(Rune.GetRuneAt(atom.Source, atom.Start).Value) > availableFit - _usedFit)
        {
            // Not even the next word's first character fits: LibreOffice does not break right after a slash there, but earlier.
            lastBreak = line.FindLastIndex(lastBreak - 1, a => a.IsBreakOpportunity);
        }

        lastBreak = WordProcessorRules.SlashBreak(line, lastBreak, _spaceBeforeLine);
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

            return atom;
        }

        // No break opportunity: break the word between characters.
        var (fit, fitUnits, fitWidth) = CharactersThatFit(atom, availableFit - _usedFit);
        if (fit == 0 && line.Exists(a => !a.IsSpace))
        {
            Finish(forced: false);
            return atom;
        }

        if (fit == 0)
        {
            var first = Rune.GetRuneAt(atom.Source, atom.Start);
            (fit, fitUnits, fitWidth) = (first.Utf16SequenceLength, atom.Style.Metrics.Advance(first.Value), atom.Style.FitAdvance(first.Value));
        }

        var (head, tail) = Split(atom, fit, fitUnits, fitWidth);
        Add(head);
        Finish(forced: false);
        return tail;
    }

    private void Finish(bool forced)
    {
        foreach (var atom in line)
        {
            _spaceBeforeLine = atom.IsSpace ? atom.Offset : _spaceBeforeLine;
        }

        Lines.Add(Assemble(line, forced, baseStyle, lineSpacing));
        line.Clear();
        _usedFit = 0;
        _lastForced = forced;
    }

    private void Add(Atom atom)
    {
        line.Add(atom);
        _usedFit += atom.Fit;
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
}
