using System.Globalization;

namespace Zaozersk.Reporting.Model.Validation;

/// <summary>A section number, Arabic («3») or Roman («III»), with its value.</summary>
internal static class SectionNumber
{
    private static readonly (string Symbol, int Value)[] Roman =
    [
        ("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90),
        ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1),
    ];

    /// <summary>The value of «3» or «III»; false for anything else, including non-canonical Roman numerals like «IIII».</summary>
    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 9)
        {
            return false;
        }

        if (char.IsAsciiDigit(text[0]))
        {
            return text[0] != '0'
                && text.All(char.IsAsciiDigit)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        var rest = text.AsSpan();
        foreach (var (symbol, amount) in Roman)
        {
            while (rest.StartsWith(symbol, StringComparison.Ordinal))
            {
                value += amount;
                rest = rest[symbol.Length..];
            }
        }

        // Accept only the canonical spelling: converting back must give the same text.
        return rest.IsEmpty && value is > 0 and < 4000 && ToRoman(value) == text;
    }

    private static string ToRoman(int value)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (symbol, amount) in Roman)
        {
            while (value >= amount)
            {
                text.Append(symbol);
                value -= amount;
            }
        }

        return text.ToString();
    }
}
