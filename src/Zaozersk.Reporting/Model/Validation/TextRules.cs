using System.Globalization;
using Zaozersk.Reporting.Fonts;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Model.Validation;

/// <summary>Checks that apply to every text of the input: emptiness, characters no document can hold, and more paragraphs than a document holds.</summary>
internal static class TextRules
{
    /// <summary>Reports an error if a text that must say something is empty or blank; then checks its characters.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="empty">Makes the message for an empty text; called only then, so a valid document builds no messages.</param>
    /// <param name="bag">Where the finding goes.</param>
    public static void Required(string? text, string path, Func<string> empty, DiagnosticBag bag)
    {
        if (ShowsNothing(text))
        {
            bag.Error(DiagnosticCodes.EmptyText, path, empty());
            return;
        }

        Characters(text, path, bag);
    }

    /// <summary>
    /// Warns when the text alone makes more paragraphs and lists than a document holds by default
    /// (the block limit): the render would stop there, naming the markup, not this value. Texts
    /// too short to get there are not counted.
    /// </summary>
    public static void Blocks(BlockText printed, DiagnosticBag bag)
    {
        if (printed.Text is not { } text || TextConvention.MostBlocks(text.Length) <= TextConvention.DefaultMaxBlocks)
        {
            return;
        }

        var blocks = TextConvention.BlockCount(text);
        if (blocks > TextConvention.DefaultMaxBlocks)
        {
            var count = MessageNumber.Count(blocks);
            var limit = MessageNumber.Count(TextConvention.DefaultMaxBlocks);
            bag.Warning(DiagnosticCodes.TextOverBlockLimit, printed.Path, Localized.Text(
                $"this text makes {count} paragraphs and lists by itself, more than a document holds ({limit}, the block limit): the render will fail unless the limit is raised (--max-blocks in the sample host, ReportingOptions.MaxBlocks)",
                $"абзацев и списков в одном этом тексте: {count} — больше, чем вмещает документ ({limit}, предел числа блоков); документ не будет построен, пока предел не поднят (параметр --max-blocks в примере программы, настройка «ReportingOptions.MaxBlocks» в библиотеке)"));
        }
    }

    /// <summary>
    /// Whether the text would print as nothing: empty, white space, or only characters that are
    /// never drawn (zero-width spaces and joiners, word joiners, byte order marks, soft hyphens).
    /// </summary>
    public static bool ShowsNothing(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u00AD' && CharacterPolicy.Classify(c) is not (CharacterKind.Invisible or CharacterKind.BreakOpportunity))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a character is in its text: «at character 14 (line 2 of the text)», in Russian «знак 14, строка 2 текста».</summary>
    private static string Where(int index, int line)
    {
        var character = (index + 1).ToString(CultureInfo.InvariantCulture);
        var number = line.ToString(CultureInfo.InvariantCulture);
        return Localized.Text($"at character {character} (line {number} of the text)", $"знак {character}, строка {number} текста");
    }

    /// <summary>
    /// Reports the first character of <paramref name="text"/> the documents cannot carry, as an
    /// error: control characters (other than tab and line breaks), lone surrogates and
    /// non-characters, which XML-based formats cannot hold; unassigned, private-use and unlisted
    /// format characters, which show nothing or something unpredictable; and characters the PDF
    /// font has no glyph for, which would make the PDF fail. U+FFFD gets its own code: it usually
    /// means the text was damaged by a wrong encoding on the way. What passes here is exactly what
    /// the PDF layout accepts (<see cref="CharacterPolicy"/>).
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

            // Fast path: printable ASCII.
            if (c is >= ' ' and < '\u007F')
            {
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
            }

            var kind = CharacterPolicy.Classify(codePoint);
            if (kind is not (CharacterKind.Unprintable or CharacterKind.NotInFont))
            {
                i += codePoint > 0xFFFF ? 1 : 0;
                continue;
            }

            Report(text, i, codePoint, kind, path, bag);
            return;
        }
    }

    private static void Report(string text, int index, int codePoint, CharacterKind kind, string path, DiagnosticBag bag)
    {
        var where = Where(index, text.AsSpan(0, index).Count('\n') + 1);
        var named = CharacterPolicy.Describe(codePoint);
        if (codePoint == '\uFFFD')
        {
            bag.Error(DiagnosticCodes.ReplacementCharacter, path, Localized.Text(
                $"contains {named} {where}: the text was probably damaged by a wrong encoding, and the PDF font cannot print this mark; restore the original character",
                $"в тексте есть знак {named} ({where}): вероятно, текст испорчен при перекодировке, а шрифт PDF не может напечатать этот знак; восстановите исходный символ"));
        }
        else if (kind == CharacterKind.NotInFont)
        {
            bag.Error(DiagnosticCodes.CharacterNotInFont, path, Localized.Text(
                $"contains the character {named} {where}, which the PDF font (Liberation Serif) cannot print; replace or remove it",
                $"в тексте есть символ {named} ({where}), которого нет в шрифте PDF (Liberation Serif); замените или удалите его"));
        }
        else if (codePoint < 0x10000 && (char.IsControl((char)codePoint) || char.IsSurrogate((char)codePoint) || (codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF))
        {
            bag.Error(DiagnosticCodes.ControlCharacter, path, Localized.Text(
                $"contains the character {named} {where}, which a document cannot show; remove it",
                $"в тексте есть символ {named} ({where}), который документ не может показать; удалите его"));
        }
        else
        {
            bag.Error(DiagnosticCodes.UnprintableCharacter, path, Localized.Text(
                $"contains the character {named} {where}, which is invisible or undefined (an unassigned, private-use or formatting code) and cannot be printed; remove it",
                $"в тексте есть символ {named} ({where}): он невидим или не определен (неназначенный, частный или служебный код) и не может быть напечатан; удалите его"));
        }
    }
}
