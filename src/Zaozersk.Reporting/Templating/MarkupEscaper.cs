using System.Text;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Templating;

/// <summary>Turns a data value into markup text: XML special characters escaped, line breaks as &lt;br/&gt;.</summary>
internal static class MarkupEscaper
{
    /// <summary>Escapes <paramref name="text"/>; characters XML cannot carry make it fail with their code point.</summary>
    /// <exception cref="ArgumentException">The text holds a control character, a lone surrogate or a non-character.</exception>
    public static string Escape(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '\n' => "<br/>",
                '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? string.Empty : "<br/>",
                _ => null,
            };

            if (replacement is null && !IsXmlCharacter(text, i))
            {
                var code = FormattableString.Invariant($"U+{(int)c:X4}");
                var at = MessageNumber.Count(i + 1);
                throw new ArgumentException(Localized.Text($"the text contains {code} at character {at}, which a document cannot hold", $"в тексте на позиции {at} символ {code}, который документ не может содержать"));
            }

            if (replacement is null)
            {
                result?.Append(c);
                if (char.IsHighSurrogate(c))
                {
                    i++;
                    result?.Append(text[i]);
                }

                continue;
            }

            result ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            result.Append(replacement);
        }

        return result?.ToString() ?? text;
    }

    private static bool IsXmlCharacter(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        return c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
    }
}
