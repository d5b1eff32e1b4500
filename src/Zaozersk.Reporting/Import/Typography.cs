using Zaozersk.Reporting.Model;


namespace Zaozersk.Reporting.Import;

/// <summary>
/// Undoes the no-break typography a document carries, so that imported text equals the text that
/// was typed: the word joiner U+2060 and soft hyphens U+00AD are dropped, and a non-breaking space becomes an ordinary space
/// where it is a tie (after «№», between initials and a surname) — exactly where
/// <see cref="OfficialFormats.Ties"/> puts one. Other non-breaking spaces were typed and stay.
/// </summary>
internal static class Typography
{
    private const char NoBreakSpace = '\u00A0';

    private const string SoftHyphen = "\u00AD";

    /// <summary>Running text: ties back to spaces, word joiners and typed soft hyphens (hyphenation points) removed.</summary>
    public static string Untie(string text)
    {
        var plain = text.Contains(OfficialFormats.WordJoinerChar, StringComparison.Ordinal)
            ? text.Replace(OfficialFormats.WordJoinerChar.ToString(), string.Empty, StringComparison.Ordinal)
            : text;
        plain = plain.Replace(SoftHyphen, string.Empty, StringComparison.Ordinal);
        if (!plain.Contains(NoBreakSpace, StringComparison.Ordinal))
        {
            return plain;
        }

        // Where would the ties go in this text with ordinary spaces? Those non-breaking spaces were ties.
        var spaced = plain.Replace(NoBreakSpace, ' ');
        var tied = OfficialFormats.Ties(spaced).Replace(OfficialFormats.WordJoinerChar.ToString(), string.Empty, StringComparison.Ordinal);
        var result = plain.ToCharArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (result[i] == NoBreakSpace && tied[i] == NoBreakSpace)
            {
                result[i] = ' ';
            }
        }

        return new string(result);
    }

    /// <summary>Text printed on one line (a name, a telephone number): every non-breaking space was a tie.</summary>
    public static string UntieAll(string text) =>
        text.Replace(OfficialFormats.WordJoinerChar.ToString(), string.Empty, StringComparison.Ordinal).Replace(SoftHyphen, string.Empty, StringComparison.Ordinal).Replace(NoBreakSpace, ' ');
}
