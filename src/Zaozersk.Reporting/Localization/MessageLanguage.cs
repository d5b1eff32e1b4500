using System.Globalization;

namespace Zaozersk.Reporting.Localization;

/// <summary>
/// The language the library's messages are written in: Russian when the chosen culture is <c>ru</c> or
/// a <c>ru-*</c> culture, English otherwise. The choice is an option of the renderer and the importer
/// (<see cref="ReportingOptions.MessageCulture"/>), in force for the duration of one call; without it
/// the caller's <see cref="CultureInfo.CurrentUICulture"/> decides, as it does for .NET's own resources.
/// </summary>
internal static class MessageLanguage
{
    // An AsyncLocal, so a culture chosen for one call reaches every message that call makes, on any
    // thread its awaits continue on, and never leaks into the caller or into another call.
    private static readonly AsyncLocal<CultureInfo?> Chosen = new();

    /// <summary>True when messages are to be written in Russian.</summary>
    public static bool IsRussian => IsRussianCulture(Chosen.Value ?? CultureInfo.CurrentUICulture);

    /// <summary>Whether <paramref name="culture"/> (or one of its parents) is Russian.</summary>
    public static bool IsRussianCulture(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (string.Equals(c.TwoLetterISOLanguageName, "ru", StringComparison.OrdinalIgnoreCase)
                || c.Name.StartsWith("ru", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Makes <paramref name="culture"/> the message culture until the result is disposed; null leaves
    /// the current choice as it is (the caller's UI culture, or an enclosing call's option).
    /// </summary>
    public static Scope Use(CultureInfo? culture)
    {
        var previous = Chosen.Value;
        if (culture is not null)
        {
            Chosen.Value = culture;
        }

        return new Scope(previous, culture is not null);
    }

    /// <summary>Restores the message culture chosen before <see cref="Use"/>.</summary>
    internal readonly struct Scope(CultureInfo? previous, bool changed) : IDisposable
    {
        /// <inheritdoc/>
        public void Dispose()
        {
            if (changed)
            {
                Chosen.Value = previous;
            }
        }
    }
}
