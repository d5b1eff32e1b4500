using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample;

/// <summary>
/// A command-line mistake in the host's words and language. System.CommandLine words its own parse
/// errors from its resources, in English under invariant globalization, and has no public way to
/// word them otherwise; each is recognised by its wording (the version is pinned, and a test checks
/// these patterns against its resources) and said again here. Errors the host's own validators add are
/// already in the host's words and pass unchanged.
/// </summary>
internal static class ParseErrorText
{
    /// <summary>System.CommandLine's resource name and English wording of each parse error it can report, and the host's words for it.</summary>
    internal static readonly IReadOnlyList<(string Resource, string Wording, Func<ParseError, string[], string> Say)> Known =
    [
        ("UnrecognizedCommandOrArgument", "Unrecognized command or argument '{0}'.", (_, a) => a[0].StartsWith('-')
            ? Localized.Text($"unknown option {Quote(a[0])}", $"неизвестный параметр {Quote(a[0])}")
            : Localized.Text($"unknown command or extra argument {Quote(a[0])}", $"неизвестная команда или лишний аргумент {Quote(a[0])}")),
        ("RequiredCommandWasNotProvided", "Required command was not provided.", (e, _) => Localized.Text(
            $"give a command: {Commands(e)}", $"укажите команду: {Commands(e)}")),
        ("CommandRequiredArgumentMissing", "Required argument missing for command: '{0}'.", (e, a) => Localized.Text(
            $"'{a[0]}' needs {MissingArgument(e)}", $"для команды '{a[0]}' не указан аргумент {MissingArgument(e)}")),
        ("OptionRequiredArgumentMissing", "Required argument missing for option: '{0}'.", (_, a) => Localized.Text(
            $"{a[0]} needs a value", $"после {a[0]} не указано значение")),
        ("RequiredOptionWasNotProvided", "Option '{0}' is required.", (_, a) => Localized.Text(
            $"{a[0]} is required", $"не указан обязательный параметр {a[0]}")),
        ("OptionExpectsOneArgument", "Option '{0}' expects a single argument but {1} were provided.", (_, a) => Localized.Text(
            $"{a[0]} is given {a[1]} values; give one", $"для {a[0]} указано значений: {a[1]}; нужно одно")),
        ("VersionOptionCannotBeCombinedWithOtherArguments", "{0} option cannot be combined with other arguments.", (_, a) => Localized.Text(
            $"{a[0]} is given alone, without other arguments", $"{a[0]} указывается один, без других аргументов")),
        ("ResponseFileNotFound", "Response file not found '{0}'.", (_, a) => Localized.Text(
            $"the file of arguments {Quote(a[0])} (named by @) does not exist", $"файла аргументов {Quote(a[0])} (указанного через @) нет")),
        ("ErrorReadingResponseFile", "Error reading response file '{0}': {1}", (_, a) => Localized.Text(
            $"cannot read the file of arguments {Quote(a[0])} (named by @)", $"не удалось прочитать файл аргументов {Quote(a[0])} (указанный через @)")),
        ("ArgumentConversionCannotParseForOption", "Cannot parse argument '{0}' for option '{1}' as expected type '{2}'.", (_, a) => Invalid(a[0], a[1])),
        ("ArgumentConversionCannotParseForOption_Completions", "Cannot parse argument '{0}' for option '{1}' as expected type '{2}'. Did you mean one of the following?{3}", (_, a) => Invalid(a[0], a[1])),
        ("ArgumentConversionCannotParseForCommand", "Cannot parse argument '{0}' for command '{1}' as expected type '{2}'.", (_, a) => Invalid(a[0], a[1])),
        ("ArgumentConversionCannotParseForCommand_Completions", "Cannot parse argument '{0}' for command '{1}' as expected type '{2}'. Did you mean one of the following?{3}", (_, a) => Invalid(a[0], a[1])),
        ("ArgumentConversionCannotParse", "Cannot parse argument '{0}' as expected type '{1}'.", (_, a) => Localized.Text(
            $"{Quote(a[0])} is not a valid value", $"{Quote(a[0])} — недопустимое значение")),
        ("UnrecognizedArgument", "Argument '{0}' not recognized. Must be one of:{1}", (_, a) => Localized.Text(
            $"{Quote(a[0])} is not one of the accepted values; see --help", $"{Quote(a[0])} — недопустимое значение; допустимые перечислены в --help")),
        ("FileDoesNotExist", "File does not exist: '{0}'.", (_, a) => Localized.Text(
            $"{a[0]}: the file does not exist", $"{a[0]}: такого файла нет")),
        ("DirectoryDoesNotExist", "Directory does not exist: '{0}'.", (_, a) => Localized.Text(
            $"{a[0]}: the folder does not exist", $"{a[0]}: такой папки нет")),
        ("FileOrDirectoryDoesNotExist", "File or directory does not exist: '{0}'.", (_, a) => Localized.Text(
            $"{a[0]}: no such file or folder", $"{a[0]}: такого файла или папки нет")),
        ("InvalidCharactersInPath", "Character not allowed in a path: '{0}'.", (_, a) => Localized.Text(
            $"the character {Quote(a[0])} is not allowed in a path", $"символ {Quote(a[0])} недопустим в пути")),
        ("InvalidCharactersInFileName", "Character not allowed in a file name: '{0}'.", (_, a) => Localized.Text(
            $"the character {Quote(a[0])} is not allowed in a file name", $"символ {Quote(a[0])} недопустим в имени файла")),
    ];

    private static readonly Regex[] Patterns = Known.Select(k => Pattern(k.Wording)).ToArray();

    /// <summary>The error in the host's words, in the language in force.</summary>
    public static string Say(ParseError error)
    {
        for (var i = 0; i < Patterns.Length; i++)
        {
            if (Patterns[i].Match(error.Message) is { Success: true } match)
            {
                var values = Enumerable.Range(0, match.Groups.Count - 1).Select(n => match.Groups["v" + n].Value).ToArray();
                return Known[i].Say(error, values);
            }
        }

        return error.Message;
    }

    /// <summary>A pattern matching a resource wording whose {0}, {1} … are captured as v0, v1 ….</summary>
    internal static Regex Pattern(string wording) =>
        new("^" + Regex.Replace(Regex.Escape(wording), @"\\\{(\d)}", "(?<v$1>.*?)") + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Quote(string text) => QuotedText.Quote(text);

    private static string Invalid(string value, string symbol) => Localized.Text(
        $"{symbol}: {Quote(value)} is not a valid value", $"{symbol}: {Quote(value)} — недопустимое значение");

    /// <summary>The commands that can follow, quoted: what the user may type next.</summary>
    private static string Commands(ParseError error) =>
        error.SymbolResult is CommandResult { Command: var command }
            ? string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => "'" + c.Name + "'"))
            : "--help";

    /// <summary>The first argument the command lacks, as help names it (&lt;input&gt;).</summary>
    private static string MissingArgument(ParseError error)
    {
        var argument = error.SymbolResult switch
        {
            ArgumentResult result => result.Argument,
            CommandResult result => result.Command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && result.GetResult(a) is not { Tokens.Count: > 0 }),
            _ => null,
        };
        return argument is null ? string.Empty : "<" + (argument.HelpName ?? argument.Name) + ">";
    }
}
