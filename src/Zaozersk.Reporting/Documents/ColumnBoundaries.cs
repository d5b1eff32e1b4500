namespace Zaozersk.Reporting.Documents;

/// <summary>
/// Column boundaries a word processor keeps exactly. LibreOffice reads a DOCX table's grid into
/// column separators measured in ten-thousandths of the table's width (rounded) and turns them back
/// into twips (truncated), so a boundary can move by a twip: for the seed's grid 680/4006/…/5344 it
/// lays out 680/4005/…/5345 (seen in its ODT export and in the rules of its PDF). Boundaries are
/// moved here, by at most a few twips, to positions that survive that round trip, so the DOCX and
/// the PDF have the same column widths in every reader.
/// </summary>
internal static class ColumnBoundaries
{
    private const int SeparatorScale = LayoutRules.ColumnSeparatorScale;

    /// <summary>Widths whose boundaries are all kept exactly; the total is unchanged.</summary>
    public static List<Length> Stabilize(List<Length> widths)
    {
        var total = widths.Sum(w => w.Twips);
        if (widths.Count < 2 || total <= SeparatorScale)
        {
            return widths;
        }

        var result = new List<Length>(widths.Count);
        var previous = 0;
        var boundary = 0;
        for (var i = 0; i < widths.Count - 1; i++)
        {
            boundary += widths[i].Twips;
            var kept = Nearest(boundary, total, previous);
            result.Add(new Length(kept - previous));
            previous = kept;
        }

        result.Add(new Length(total - previous));
        return result;
    }

    /// <summary>Whether a boundary <paramref name="twips"/> from the table's left survives the round trip.</summary>
    public static bool IsKept(int twips, int total)
    {
        var separator = (long)Math.Round((double)twips * SeparatorScale / total, MidpointRounding.AwayFromZero);
        return separator * total / SeparatorScale == twips;
    }

    private static int Nearest(int boundary, int total, int previous)
    {
        // A kept position exists within every two twips (a separator step is under 1.5 twips for tables up to 15,000 twips).
        for (var step = 0; step < 8; step++)
        {
            foreach (var candidate in new[] { boundary + step, boundary - step })
            {
                if (candidate > previous && candidate < total && IsKept(candidate, total))
                {
                    return candidate;
                }
            }
        }

        return boundary;
    }
}
