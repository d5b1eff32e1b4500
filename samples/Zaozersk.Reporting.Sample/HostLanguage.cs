using System.Runtime.InteropServices;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample;

/// <summary>
/// The language the host speaks when <c>--lang</c> is not given. The host runs with invariant
/// globalization (the Native AOT tool carries no ICU), so its UI culture is always the invariant one
/// and says nothing of the user's language: the language is read from where the system keeps it.
/// </summary>
internal static partial class HostLanguage
{
    // The variables a POSIX program reads for the language of its messages, the first set one winning.
    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    // The primary language of a Windows language identifier (its low 10 bits) for Russian (LANG_RUSSIAN).
    private const int RussianPrimaryLanguage = 0x19;

    /// <summary>The language in force for the host: the one <see cref="CurrentLanguage"/> holds.</summary>
    public static MessageLanguage Current => CurrentLanguage.IsRussian ? MessageLanguage.Russian : MessageLanguage.English;

    /// <summary>The user's language: Russian for a Russian locale or Windows display language, English otherwise.</summary>
    public static MessageLanguage FromEnvironment() =>
        OperatingSystem.IsWindows() ? FromWindowsLanguageId(GetUserDefaultUILanguage()) : FromLocaleVariables(Environment.GetEnvironmentVariable);

    /// <summary>
    /// Russian when the first non-empty of LC_ALL, LC_MESSAGES and LANG names a Russian locale
    /// (<c>ru_RU.UTF-8</c>, <c>ru</c>); English when it names another (<c>C</c>, <c>en_US.UTF-8</c>) or none is set.
    /// </summary>
    internal static MessageLanguage FromLocaleVariables(Func<string, string?> variable)
    {
        foreach (var name in LocaleVariables)
        {
            if (variable(name) is { Length: > 0 } value)
            {
                return value.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? MessageLanguage.Russian : MessageLanguage.English;
            }
        }

        return MessageLanguage.English;
    }

    /// <summary>Russian for a Windows language identifier whose primary language is Russian (0x0419 ru-RU, 0x0819 ru-MD …).</summary>
    internal static MessageLanguage FromWindowsLanguageId(int languageId) =>
        (languageId & 0x3FF) == RussianPrimaryLanguage ? MessageLanguage.Russian : MessageLanguage.English;

    /// <summary>The value of <c>--lang</c>: <c>ru</c> or <c>en</c>, in any case.</summary>
    public static bool TryParse(string? text, out MessageLanguage language)
    {
        language = text?.Trim().ToUpperInvariant() switch
        {
            "RU" => MessageLanguage.Russian,
            "EN" => MessageLanguage.English,
            _ => MessageLanguage.FromUICulture,
        };
        return language != MessageLanguage.FromUICulture;
    }

    // The display language the user chose in Windows settings (not the formats' region).
    [LibraryImport("kernel32.dll")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    private static partial ushort GetUserDefaultUILanguage();
}
