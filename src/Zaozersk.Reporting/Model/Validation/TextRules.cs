using System.Globalization;
using Zaozersk.Reporting.Diagnostics;

namespace Zaozersk.Reporting.Model.Validation;

/// <summary>Checks that apply to every text of the input: emptiness and characters no document can hold.</summary>
internal static class TextRules
{
    /// <summary>Reports an error if a text that must say something is empty or blank; then checks its characters.</summary>
    public static void Required(string? text, string path, string what, DiagnosticBag bag)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            bag.Error(DiagnosticCodes.EmptyText, path, $"{what} is empty");
            return;
        }

        Characters(text, path, bag);
    }

    private static string Where(int index, int line) =>
        $"at character {(index + 1).ToString(CultureInfo.InvariantCulture)} (line {line.ToString(CultureInfo.InvariantCulture)} of the text)";

    /// <summary>
    /// Reports control characters (other than tab and line breaks), lone surrogates and
    /// non-characters as errors: XML-based formats cannot carry them, so the document would break.
    /// U+FFFD is a warning: it usually means the text was damaged by a wrong encoding on the way.
    /// </summary>
    public static void Characters(string? text, string path, DiagnosticBag bag)
    {
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // Fast path: printable ASCII and everything from U+00A0 up to the surrogates (Cyrillic included).
            if (c is (>= ' ' and < '\u007F') or (>= '\u00A0' and < '\uD800') or '\n' or '\t' or '\r')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c is (>= '\uE000' and < '\uFFFD'))
            {
                continue;
            }

            var line = text.AsSpan(0, i).Count('\n') + 1;
            if (c == '\uFFFD')
            {
                bag.Warning(DiagnosticCodes.ReplacementCharacter, path,
                    $"contains U+FFFD (\uFFFD) {Where(i, line)}: the text was probably damaged by a wrong encoding");
            }
            else
            {
                bag.Error(DiagnosticCodes.ControlCharacter, path,
                    $"contains the character U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)} {Where(i, line)}, which a document cannot show; remove it");
            }

            return;
        }
    }
}
