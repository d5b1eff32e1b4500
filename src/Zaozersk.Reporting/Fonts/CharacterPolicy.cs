using System.Globalization;
using System.Text;

namespace Zaozersk.Reporting.Fonts;

/// <summary>
/// Classifies characters for the PDF: the one decision the validator and the line breaker share.
/// A character counts as printable only if every bundled face has it, because the validator
/// cannot know which face (bold, italic) a text will be set in.
/// </summary>
internal static class CharacterPolicy
{
    // One entry per BMP character, computed once from the fonts: the check runs for every character of every text.
    private static readonly Lazy<CharacterKind[]> BasicPlane = new(BuildBasicPlane);

    /// <summary>The kind of <paramref name="codePoint"/>.</summary>
    public static CharacterKind Classify(int codePoint) =>
        codePoint < 0x10000 ? BasicPlane.Value[codePoint] : ClassifySupplementary(codePoint);

    /// <summary>The kind of the UTF-16 code unit <paramref name="c"/>; a surrogate here is a lone one.</summary>
    public static CharacterKind Classify(char c) => BasicPlane.Value[c];

    /// <summary>«U+4E2D «中»», the way messages name a character; unprintable ones without the glyph.</summary>
    public static string Describe(int codePoint)
    {
        var code = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        return Classify(codePoint) is CharacterKind.Unprintable || !Rune.IsValid(codePoint) ? code : $"{code} «{char.ConvertFromUtf32(codePoint)}»";
    }

    private static CharacterKind[] BuildBasicPlane()
    {
        var faces = Enum.GetValues<FontFace>().Select(BundledFonts.Metrics).ToArray();
        var kinds = new CharacterKind[0x10000];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = Fixed(c) ?? (IsUnprintable(c) ? CharacterKind.Unprintable
                : faces.All(f => f.Has(c)) ? CharacterKind.Printable : CharacterKind.NotInFont);
        }

        return kinds;
    }

    private static CharacterKind ClassifySupplementary(int codePoint) =>
        codePoint > 0x10FFFF || IsUnprintable(codePoint) ? CharacterKind.Unprintable : CharacterKind.NotInFont;

    /// <summary>The characters with a fixed treatment, whatever the font says about them.</summary>
    private static CharacterKind? Fixed(int c) => c switch
    {
        '\t' or ' ' or '\u00AD' => CharacterKind.Printable,
        '\n' or '\r' or '\u2028' or '\u2029' => CharacterKind.LineBreak,
        '\u200B' => CharacterKind.BreakOpportunity,
        '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => CharacterKind.Invisible,
        _ => null,
    };

    private static bool IsUnprintable(int c)
    {
        if ((c & 0xFFFE) == 0xFFFE || c is >= 0xFDD0 and <= 0xFDEF)
        {
            return true; // non-characters
        }

        var category = c < 0x10000 ? CharUnicodeInfo.GetUnicodeCategory((char)c) : CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Format;
    }
}
