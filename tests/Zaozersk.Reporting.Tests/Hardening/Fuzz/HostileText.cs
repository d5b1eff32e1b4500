using System.Text;

namespace Zaozersk.Reporting.Tests.Hardening.Fuzz;

/// <summary>
/// Strings meant to break a text field somewhere between the JSON and the page: a sample of every
/// Unicode plane, controls, separators, invisible and bidi characters, lone surrogates, emoji and
/// CJK, words and addresses too long for any cell, and markup or template syntax.
/// </summary>
internal static class HostileText
{
    private static readonly string LongWord = new('ж', 5_000);

    private static readonly string LongUrl = "https://zaozersk.gov-murman.ru/" + string.Concat(Enumerable.Repeat("документы/", 500));

    /// <summary>The fixed samples; <see cref="Pick"/> adds random code points on top of these.</summary>
    public static readonly IReadOnlyList<string> Samples =
    [
        "\u0000", "\u0001\u0002\u0003", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009F",
        "\t", "\r", "\r\r\r", "\n\n\n", "\r\n\r\n- пункт", "\u2028", "\u2029", "строка\u2028строка\u2029абзац",
        "\u200B", "\u200C\u200D", "\u2060", "\uFEFF", "\u00AD", "сло\u00ADво",
        "\u202E", "\u202Eобратно\u202C", "\u200E\u200F", "\u2066\u2067\u2068\u2069", "\u061C",
        "\uD800", "\uDFFF", "\uDC00\uD800", "x\uD83D", "\uD83Dx",
        "\uFFFD", "\uFFFE", "\uFFFF", "\uFDD0", "\uE000", "\u0378",
        "😀", "👨‍👩‍👧‍👦", "🇷🇺", "中文字符", "日本語", "한국어", "עברית", "العربية", "ﷺ",
        "\U00010000", "\U0001D11E", "\U00020000", "\U0002FFFD", "\U000E0001", "\U000F0000", "\U0010FFFD", "\U0010FFFF",
        "</p><p>", "]]>", "<![CDATA[x]]>", "<b>", "</cell></row></table>", "&amp;", "&#0;", "&nbsp;", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e \"e\">]>&e;",
        "{{ }}", "{{ document }}", "{{ while true }}{{ end }}", "{% raw %}", "{{~ include \"report\" ~}}",
        "\"", "\\", "'", "`", "\"\"\"", "%s%n%x", "${x}",
        "- ", "• ", "-", "\n- \n- ", "http://", "https://", "https://x", "http://[::1]:99999/", "https://пример.рф/путь?q=«»", "https://a b",
        "№", "№ ", "2021–2024", "И.О.", "И. О. Фамилия", "   ", "\u00A0\u00A0",
        LongWord, LongUrl, string.Concat(Enumerable.Repeat("ab ", 2_000)), new string('-', 3_000), string.Concat(Enumerable.Repeat("\n", 2_000)),
    ];

    /// <summary>One hostile string: a fixed sample, a run of random code points, or a mix of both.</summary>
    public static string Pick(Random random) => random.Next(10) switch
    {
        < 6 => Samples[random.Next(Samples.Count)],
        < 8 => RandomCodePoints(random, 1 + random.Next(20)),
        _ => Samples[random.Next(Samples.Count)] + RandomCodePoints(random, 3) + Samples[random.Next(Samples.Count)],
    };

    /// <summary>Code points from every plane, surrogate halves included (they are UTF-16 code units here).</summary>
    private static string RandomCodePoints(Random random, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var plane = random.Next(4) == 0 ? random.Next(17) : 0;
            var codePoint = (plane << 16) | random.Next(0x10000);
            if (codePoint < 0x10000)
            {
                text.Append((char)codePoint);
            }
            else
            {
                text.Append(char.ConvertFromUtf32(codePoint));
            }
        }

        return text.ToString();
    }
}
