namespace Zaozersk.Reporting.Fonts;

/// <summary>
/// How the documents treat one character of the input. The validator and the layout both ask
/// <see cref="CharacterPolicy"/>, so what validates is exactly what the PDF can print.
/// </summary>
internal enum CharacterKind
{
    /// <summary>Drawn with its glyph from the bundled font (spaces, tabs and soft hyphens included).</summary>
    Printable,

    /// <summary>Starts a new line: U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR, a stray carriage return.</summary>
    LineBreak,

    /// <summary>U+200B ZERO WIDTH SPACE: not drawn, and the line may break there.</summary>
    BreakOpportunity,

    /// <summary>
    /// Zero-width and not drawn, and the line never breaks next to it: U+2060 WORD JOINER, U+FEFF
    /// (a byte-order mark pasted inside text), U+200C and U+200D (zero-width non-joiner and joiner).
    /// </summary>
    Invisible,

    /// <summary>No document can show it: control characters, lone surrogates, non-characters, unassigned and private-use code points, format characters not listed above.</summary>
    Unprintable,

    /// <summary>A real character the bundled font has no glyph for (emoji, CJK, Arabic, U+FFFD …).</summary>
    NotInFont,
}
