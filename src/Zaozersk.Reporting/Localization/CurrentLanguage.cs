using System.Globalization;

namespace Zaozersk.Reporting.Localization;

/// <summary>
/// The language messages are written in for the call in progress. The renderer and the importer set it
/// from <see cref="ReportingOptions.Language"/> for the duration of each call; left at
/// <see cref="MessageLanguage.FromUICulture"/>, the caller's <see cref="CultureInfo.CurrentUICulture"/>
/// decides, as it does for .NET's own resources.
/// </summary>
internal static class CurrentLanguage
{
    // An AsyncLocal, so a language chosen for one call reaches every message that call makes, on any
    // thread its awaits continue on, and never leaks into the caller or into another call.
    private static readonly AsyncLocal<MessageLanguage> Chosen = new();

    /// <summary>True when messages are to be written in Russian.</summary>
    public static bool IsRussian => Chosen.Value switch
    {
        MessageLanguage.Russian => true,
        MessageLanguage.English => false,
        _ => IsRussianCulture(CultureInfo.CurrentUICulture),
    };

    /// <summary>Whether <paramref name="culture"/> or one of its parents is Russian.</summary>
    public static bool IsRussianCulture(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (c.Name.Equals("ru", StringComparison.OrdinalIgnoreCase) || c.Name.StartsWith("ru-", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Makes <paramref name="language"/> the message language until the result is disposed;
    /// <see cref="MessageLanguage.FromUICulture"/> leaves the current choice as it is.
    /// </summary>
    public static Scope Use(MessageLanguage language)
    {
        var previous = Chosen.Value;
        var changed = language != MessageLanguage.FromUICulture && language != previous;
        if (changed)
        {
            Chosen.Value = language;
        }

        return new Scope(previous, changed);
    }

    /// <summary>Restores the message language chosen before <see cref="Use"/>.</summary>
    internal readonly struct Scope(MessageLanguage previous, bool changed) : IDisposable
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
