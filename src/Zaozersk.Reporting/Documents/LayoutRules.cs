namespace Zaozersk.Reporting.Documents;

/// <summary>
/// The numbers both writers must agree on for the PDF to break pages where a word processor
/// breaks the DOCX, each with where it comes from. The DOCX writer writes these values, the layout
/// engine lays out with them; change one here and both follow.
/// </summary>
internal static class LayoutRules
{
    /// <summary>
    /// How far apart two lengths in points may be and still count as equal (a line that fits, a row
    /// block that fits): sums of line heights in floating point are off by far less, and a word
    /// processor works in twentieths of a point (0.05 pt), far more.
    /// </summary>
    public const double Tolerance = 0.001;

    /// <summary>
    /// Text size when no style sets one: 14 pt, within ГОСТ Р 7.0.97-2025's 12–14 pt for official
    /// documents; written into the DOCX's document defaults.
    /// </summary>
    public static readonly Length DefaultFontSize = Length.FromPoints(14);

    /// <summary>A table's rules when its markup sets none: a single 0.5 pt line (ours; written as w:sz="4", in eighths of a point).</summary>
    public static readonly Length DefaultBorderWidth = Length.FromPoints(0.5);

    /// <summary>
    /// The thinnest rule Word stores: w:sz is in eighths of a point, 2 at least (ECMA-376 part 1,
    /// 17.3.4 bottom, sz). A thinner border in the markup is written this thick.
    /// </summary>
    public const int ThinnestBorderEighths = 2;

    /// <summary>
    /// Space between a cell's border and its text when the markup sets none: none above and below,
    /// 1 mm left and right (ours; written into every table's w:tblCellMar, so no application default applies).
    /// </summary>
    public static readonly CellPadding DefaultCellPadding = new(Length.Zero, Length.FromMillimetres(1), Length.Zero, Length.FromMillimetres(1));

    /// <summary>
    /// Word's default left and right cell margin, 108 twips (0.19 cm), written into the "Normal
    /// Table" style so that a table without margins of its own gets the same in every application.
    /// </summary>
    public static readonly Length WordDefaultCellMargin = new(108);

    /// <summary>
    /// Height of the spacer paragraph between two table parts and between two tables: exactly 1 pt
    /// (ours; written as exact line spacing of 20 twips in a 1 pt font, see <see cref="SpacerFontSize"/>).
    /// </summary>
    public static readonly Length SpacerHeight = Length.FromPoints(1);

    /// <summary>
    /// The spacer paragraph's font size, 1 pt: with exact line spacing the line is <see cref="SpacerHeight"/>
    /// whatever the font, but LibreOffice grows an exact line whose paragraph mark's font is taller.
    /// </summary>
    public static readonly Length SpacerFontSize = Length.FromPoints(1);

    /// <summary>Each list nesting level moves the text this far right; the bullet hangs in that space (ours; written as w:ind in the numbering part).</summary>
    public static readonly Length ListIndentPerLevel = Length.FromMillimetres(5);

    /// <summary>
    /// A single line is as tall as the font's ascender + descender + line gap (hhea table), times the
    /// paragraph's line spacing: how Word and LibreOffice size a line with "auto" spacing (measured in
    /// LibreOffice: Times New Roman/Liberation Serif 12 pt gives 13.8 pt). The DOCX writes the spacing
    /// as a multiple in 240ths of a line (w:line with w:lineRule="auto").
    /// </summary>
    public static double LineHeight(double ascender, double descender, double lineGap, double unitsPerEm, double size) =>
        (ascender + descender + lineGap) * (size / unitsPerEm);

    /// <summary>
    /// Room a table row takes above its content for its top rule: all of the rule's width (measured
    /// in LibreOffice: a one-line row of 13.8 pt text is 14.3 pt with a 0.5 pt rule). The layout
    /// counts it as part of the row's top padding.
    /// </summary>
    public static double RowTopRule(double borderWidth) => borderWidth;

    /// <summary>
    /// Room left above a table part that is not the table's first: the spacer paragraph, and the
    /// bottom rule of the part above unless that part's bottom is left open (its next part's top rule closes it).
    /// </summary>
    public static double PartGap(double borderWidth, bool previousPartOpenBottom) =>
        SpacerHeight.Points + (previousPartOpenBottom ? 0 : borderWidth);

    /// <summary>
    /// The unit a word processor rounds each character's advance to when it decides what fits on a
    /// line: 1/120 pt, half away from zero, at every size and face (measured in LibreOffice 7.4 on
    /// 1,300 calibration lines, see <see cref="Layout.WordProcessorRules"/>).
    /// </summary>
    public const int FitUnitsPerPoint = 120;

    /// <summary>
    /// How many characters back from a break after a slash LibreOffice looks for a space to break
    /// at instead (its line-break code, «nOverlyLong»; confirmed on addresses in its output).
    /// </summary>
    public const int SlashLookBack = 66;

    /// <summary>
    /// LibreOffice keeps a DOCX table's column boundaries as ten-thousandths of the table's width
    /// (its column separators) and truncates them back to twips (measured: the seed's 4006-twip column
    /// became 4005, in its ODT export and in the rules of its PDF); see <see cref="ColumnBoundaries"/>.
    /// </summary>
    public const int ColumnSeparatorScale = 10000;

    /// <summary>
    /// How much less room a table kept with the next block is offered, step by step, to make it
    /// leave its last lines for the next page (ours: the layout's search step, not a word processor's value).
    /// </summary>
    public const double KeepTailStep = 0.5;
}
