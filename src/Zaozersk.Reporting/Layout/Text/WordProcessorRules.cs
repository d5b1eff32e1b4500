namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Where a word processor breaks lines differently from a plain reading of the font's metrics,
/// measured on LibreOffice's rendering of our own DOCX files so the PDF breaks lines where it does.
/// </summary>
internal static class WordProcessorRules
{
    /// <summary>
    /// LibreOffice decides what fits on a line with each character's advance rounded (half away from
    /// zero) to 1/120 pt, the same for every size and face, and keeps a word when the sum is at most
    /// the line's width. Measured on 1,300 calibration lines (11, 12 and 14 pt, regular and bold, each
    /// built to end within ±4 twips of its edge): this rule predicts every one of its choices; plain
    /// font advances got 106 of them wrong.
    /// </summary>
    public const int FitUnitsPerPoint = Documents.LayoutRules.FitUnitsPerPoint;

    /// <summary>A width in points as a whole number of fit units (widths come from twips, which convert exactly).</summary>
    public static long FitUnits(double points) => (long)Math.Floor((points * FitUnitsPerPoint) + 1e-6);

    /// <summary>
    /// How far back (in characters) a break after a slash looks for a space to break at instead:
    /// LibreOffice keeps paths and addresses whole when a space comes close enough before them.
    /// </summary>
    public const int SlashLookBack = Documents.LayoutRules.SlashLookBack;

    /// <summary>
    /// Whether a line may break after the symbol at <paramref name="index"/>: after «/» or «?» followed by
    /// a letter or a digit (as Unicode line breaking allows inside addresses), but not inside a number
    /// such as «2025/2026».
    /// </summary>
    public static bool BreaksAfterSymbol(string text, int index)
    {
        if (index + 1 >= text.Length || index == 0 || !char.IsLetterOrDigit(text[index + 1]))
        {
            return false;
        }

        return text[index] switch
        {
            '/' => !(char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1])),
            '?' => char.IsLetterOrDigit(text[index - 1]),
            _ => false,
        };
    }

    /// <summary>
    /// Whether the space at <paramref name="index"/> holds its neighbours together, as Unicode line
    /// breaking says and LibreOffice does: no break before a closing bracket or before «! ? , . ; : /»
    /// even after a space, and none after an opening bracket even when spaces follow it
    /// (the seed has «( »: LibreOffice moves the bracket to the next line with its word).
    /// </summary>
    public static bool SpaceIsGlued(string text, int index)
    {
        var before = index - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        var after = index + 1;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        return (before >= 0 && text[before] is '(' or '[' or '{')
            || (after < text.Length && text[after] is ')' or ']' or '}' or '!' or '?' or ',' or '.' or ';' or ':' or '/');
    }

    /// <summary>
    /// The break to take when the last opportunity on the line is <paramref name="lastBreak"/>. A break
    /// after a slash moves back to the nearest space within <see cref="SlashLookBack"/> characters; when
    /// that space is before the line (<paramref name="spaceBeforeLine"/>, the paragraph offset of the
    /// last space on earlier lines), the line has no opportunity left and -1 is returned, so the word
    /// is cut between characters.
    /// </summary>
    public static int SlashBreak(List<LineBreaker.Atom> line, int lastBreak, int spaceBeforeLine)
    {
        if (lastBreak < 0 || !line[lastBreak].AfterSlash)
        {
            return lastBreak;
        }

        var end = line[lastBreak].End;
        for (var i = lastBreak - 1; i >= 0; i--)
        {
            if (line[i].IsSpace)
            {
                return end - line[i].Offset <= SlashLookBack ? i : lastBreak;
            }
        }

        return spaceBeforeLine >= 0 && end - spaceBeforeLine <= SlashLookBack ? -1 : lastBreak;
    }
}
