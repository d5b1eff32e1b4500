using System.Globalization;

namespace Zaozersk.Reporting.Localization;

/// <summary>
/// Counts written into messages as each language writes them: «300,000» in English, «300 000» in
/// Russian (a space between thousands), with the Russian noun in the form its number takes.
/// </summary>
internal static class MessageNumber
{
    // Built by hand: with invariant globalization the runtime has no Russian culture to take it from.
    private static readonly NumberFormatInfo RussianFormat = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberGroupSeparator = " ",
        NumberDecimalSeparator = ",",
    });

    /// <summary>The count with its thousands separated, in the message language.</summary>
    public static string Count(long value) =>
        value.ToString("N0", CurrentLanguage.IsRussian ? RussianFormat : CultureInfo.InvariantCulture);

    /// <summary>
    /// The Russian noun for <paramref name="count"/> things: <paramref name="one"/> after 1, 21, 101 (символ),
    /// <paramref name="few"/> after 2–4, 22–24 (символа), <paramref name="many"/> otherwise (символов).
    /// </summary>
    public static string RussianNoun(long count, string one, string few, string many)
    {
        var lastTwo = Math.Abs(count) % 100;
        var last = lastTwo % 10;
        return lastTwo is >= 11 and <= 14 ? many
            : last == 1 ? one
            : last is >= 2 and <= 4 ? few
            : many;
    }
}
