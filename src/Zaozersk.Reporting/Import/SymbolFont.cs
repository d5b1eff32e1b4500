using System.Collections.Frozen;
using System.Globalization;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// The letter a w:sym element stands for. Word writes a symbol of a symbol font (Symbol, Wingdings)
/// as its code in that font, F020–F0FF: kept as it is, that code would print as an empty box in any
/// other font, so the symbols officials use (±, °, ×, ≤, Greek letters, bullets, check marks, boxes)
/// become their Unicode letters. A code of an ordinary font is a Unicode letter already.
/// </summary>
internal static class SymbolFont
{
    // The Symbol font's codes 20–7E: Greek letters where Latin ones stand, a few mathematical signs.
    private const string SymbolLow =
        " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼";

    private static readonly FrozenDictionary<int, char> SymbolHigh = new Dictionary<int, char>
    {
        [0xA2] = '′', [0xA3] = '≤', [0xA5] = '∞', [0xAB] = '↔', [0xAC] = '←', [0xAD] = '↑', [0xAE] = '→', [0xAF] = '↓',
        [0xB0] = '°', [0xB1] = '±', [0xB2] = '″', [0xB3] = '≥', [0xB4] = '×', [0xB5] = '∝', [0xB6] = '∂', [0xB7] = '•',
        [0xB8] = '÷', [0xB9] = '≠', [0xBA] = '≡', [0xBB] = '≈', [0xBC] = '…', [0xC6] = '∅', [0xC7] = '∩', [0xC8] = '∪',
        [0xD7] = '⋅', [0xD8] = '¬', [0xDB] = '⇔', [0xDC] = '⇐', [0xDE] = '⇒', [0xE5] = '∑', [0xF2] = '∫',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<int, char> Wingdings = new Dictionary<int, char>
    {
        [0x28] = '☎', [0x2A] = '✉', [0x4A] = '☺', [0x4C] = '☹', [0x6C] = '●', [0x6E] = '■', [0x6F] = '□', [0x71] = '❑',
        [0x75] = '◆', [0x76] = '❖', [0x78] = '⌧', [0xA7] = '▪', [0xA8] = '◻', [0xD8] = '➢', [0xE8] = '➔',
        [0xFB] = '✗', [0xFC] = '✓', [0xFD] = '☒', [0xFE] = '☑',
    }.ToFrozenDictionary();

    /// <summary>Whether <paramref name="font"/> is one whose codes F020–F0FF this class reads as letters (Symbol, Wingdings).</summary>
    public static bool IsSymbolFont(string? font) => font?.Trim().ToUpperInvariant() is "SYMBOL" or "WINGDINGS";

    /// <summary>The letter of the symbol <paramref name="code"/> (hexadecimal) of <paramref name="font"/>; null when it has none known.</summary>
    public static char? Letter(string? font, string? code)
    {
        if (!int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) || value is <= 0 or > 0xFFFF)
        {
            return null;
        }

        // Symbol fonts are addressed at F000 + their 8-bit code; older files write the 8-bit code alone.
        var inFont = value is >= 0xF000 and <= 0xF0FF ? value - 0xF000 : value <= 0xFF ? value : -1;
        var family = font?.Trim().ToUpperInvariant();
        if (inFont >= 0 && family == "SYMBOL")
        {
            return inFont is >= 0x20 and <= 0x7E ? SymbolLow[inFont - 0x20] : SymbolHigh.TryGetValue(inFont, out var letter) ? letter : null;
        }

        if (inFont >= 0 && family is "WINGDINGS")
        {
            return Wingdings.TryGetValue(inFont, out var letter) ? letter : null;
        }

        // Another font's code is its Unicode letter, unless it is one of the private codes only that font draws.
        return value is >= 0xE000 and <= 0xF8FF || char.IsSurrogate((char)value) || (value < 0x20 && value != '\t') ? null : (char)value;
    }

    /// <summary>The symbol as a message names it: «Webdings F061».</summary>
    public static string Describe(string? font, string? code) =>
        (string.IsNullOrWhiteSpace(font) ? string.Empty : font.Trim() + " ") + (code ?? string.Empty).Trim().ToUpperInvariant();
}
