using System.Globalization;

namespace Zaozersk.Reporting.Localization;

/// <summary>
/// Numbers in messages as each language writes them: 300,000 and 0.5 in English, 300 000 and 0,5 in
/// Russian. Russian culture data is not used: an application running with invariant globalization
/// has none.
/// </summary>
internal static class LocalizedNumber
{
    private static readonly NumberFormatInfo Russian = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberGroupSeparator = " ",
        NumberDecimalSeparator = ",",
    });

    /// <summary>A whole number, thousands grouped: «1,000,000» or «1 000 000».</summary>
    public static string Whole(long number) => number.ToString("N0", Format);

    /// <summary>A number with <paramref name="format"/> (such as <c>0.#</c>): «0.3» or «0,3».</summary>
    public static string Decimal(double number, string format) => number.ToString(format, Format);

    private static NumberFormatInfo Format => CurrentLanguage.IsRussian ? Russian : NumberFormatInfo.InvariantInfo;
}
