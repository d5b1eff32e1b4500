using System.Globalization;
using System.Text;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Localization;

/// <summary>
/// Quotes user text inside a message, cut short when it is long: a misspelt name can be megabytes,
/// and an error line must stay one readable line.
/// </summary>
internal static class QuotedText
{
    /// <summary>Characters of the text kept in a message.</summary>
    public const int MaxShown = 60;

    /// <summary>'text', or 'its start…' (N characters) in the message language when longer than <see cref="MaxShown"/>.</summary>
    public static string Quote(string text) => "'" + Shorten(text) + "'";

    /// <summary>
    /// The text, or its start, an ellipsis and its length when longer than <see cref="MaxShown"/>;
    /// control, formatting and line-separating characters and lone surrogates shown as
    /// <c>\uXXXX</c>, so that the message stays one line and reads in its own order.
    /// </summary>
    public static string Shorten(string text) => Shorten(text, MaxShown);

    /// <summary>As <see cref="Shorten(string)"/>, keeping up to <paramref name="maxShown"/> characters.</summary>
    public static string Shorten(string text, int maxShown)
    {
        var shown = text.Length <= maxShown ? text : text[..(char.IsHighSurrogate(text[maxShown - 1]) ? maxShown - 1 : maxShown)];
        var escaped = new StringBuilder(shown.Length + 16);
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            if (char.IsHighSurrogate(c) && i + 1 < shown.Length && char.IsLowSurrogate(shown[i + 1]))
            {
                escaped.Append(c).Append(shown[++i]);
            }
            else if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        if (text.Length <= maxShown)
        {
            return escaped.ToString();
        }

        var count = MessageNumber.Count(text.Length);
        return Localized.Text(
            $"{escaped}… ({count} characters)",
            $"{escaped}… ({count} {MessageNumber.RussianNoun(text.Length, "символ", "символа", "символов")})");
    }
}
