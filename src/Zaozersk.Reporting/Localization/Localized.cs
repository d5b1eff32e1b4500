namespace Zaozersk.Reporting.Localization;

/// <summary>
/// Picks a message's wording in the language of <see cref="CurrentLanguage"/>. Every message the
/// library shows a person (diagnostics, exceptions, import warnings) is written twice, English and
/// Russian, side by side where it is made, so neither can be forgotten when the other changes.
/// </summary>
internal static class Localized
{
    /// <summary>The Russian wording when messages are in Russian, the English one otherwise.</summary>
    public static string Text(string english, string russian) => CurrentLanguage.IsRussian ? russian : english;
}
