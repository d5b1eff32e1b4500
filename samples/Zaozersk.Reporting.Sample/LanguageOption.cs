using System.CommandLine;
using System.CommandLine.Parsing;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample;

/// <summary>The <c>--lang ru|en</c> flag, accepted by every command: the language of everything the host prints.</summary>
internal static class LanguageOption
{
    /// <summary>The flag's name.</summary>
    public const string Name = "--lang";

    /// <summary>A new flag, described in the language in force.</summary>
    public static Option<MessageLanguage?> Create() => new(Name)
    {
        Description = Localized.Text(
            "Language of the messages and this help: 'ru' (Russian) or 'en' (English). Default: the system's (LC_ALL, LC_MESSAGES or LANG; on Windows the display language).",
            "Язык сообщений и справки: 'ru' — русский, 'en' — английский. По умолчанию — язык системы (переменные 'LC_ALL', 'LC_MESSAGES', 'LANG' или язык интерфейса ОС)."),
        HelpName = Localized.Text("language", "язык"),
        Recursive = true,
        CustomParser = Parse,
    };

    /// <summary>
    /// The language the command line asks for, read from the tokens (the last <c>--lang</c> given),
    /// so that a mistake elsewhere on the line is reported in that language too; null when none is given or its value is not a language.
    /// </summary>
    public static MessageLanguage? Chosen(ParseResult parsed) =>
        parsed.GetResult(Name) is OptionResult { Tokens.Count: > 0 } result && HostLanguage.TryParse(result.Tokens[^1].Value, out var language)
            ? language
            : null;

    private static MessageLanguage? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (HostLanguage.TryParse(text, out var language))
        {
            return language;
        }

        result.AddError(Localized.Text($"{Name} {QuotedText.Quote(text)}: use 'ru' or 'en'", $"{Name} {QuotedText.Quote(text)}: укажите 'ru' или 'en'"));
        return null;
    }
}
