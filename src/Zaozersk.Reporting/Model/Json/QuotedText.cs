using System.Globalization;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// Quotes user text inside a message, cut short when it is long: a misspelt name can be megabytes,
/// and an error line must stay one readable line.
/// </summary>
internal static class QuotedText
{
    /// <summary>Characters of the text kept in a message.</summary>
    public const int MaxShown = 60;

    /// <summary>'text', or 'its start…' (N characters) when longer than <see cref="MaxShown"/>.</summary>
    public static string Quote(string text) => "'" + Shorten(text) + "'";

    /// <summary>The text, or its start, an ellipsis and its length when longer than <see cref="MaxShown"/>.</summary>
    public static string Shorten(string text) => text.Length <= MaxShown
        ? text
        : string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, MaxShown)}… ({text.Length:N0} characters)");
}
