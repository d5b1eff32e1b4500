using System.Globalization;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// Scriban's errors in the library's words, in the message language. Scriban reports in English
/// sentences of its own; the kinds a template author meets most are recognised by their wording and
/// said again with the names they carry, and any other kind is named generally (a syntax error, an
/// error while running) with the template text at the place, so no sentence of Scriban's reaches
/// the user.
/// </summary>
internal static partial class TemplateErrorWording
{
    /// <summary>A syntax error, from the parser's messages at the first error's place, with the template text there.</summary>
    public static string Syntax(IEnumerable<string> messages, string? excerpt)
    {
        var kind = messages.Select(SyntaxKind).FirstOrDefault(k => k is not null)
            ?? Localized.Text("template syntax error", "ошибка синтаксиса шаблона");
        return WithExcerpt(kind, excerpt);
    }

    /// <summary>An error while the template ran, from Scriban's message, with the template text at the place.</summary>
    public static string Runtime(string message, Exception? inner, TemplateLimits limits, string? excerpt)
    {
        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal))
        {
            var count = MessageNumber.Count(limits.LoopIterations);
            return Localized.Text(
                $"a loop here runs more than {count} times (the template's loop limit); an endless loop?",
                $"цикл здесь выполняется больше {count} {MessageNumber.RussianNoun(limits.LoopIterations, "раза", "раз", "раз")} (предел повторений цикла в шаблоне); бесконечный цикл?");
        }

        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
        {
            var depth = MessageNumber.Count(limits.RecursionDepth);
            return Localized.Text(
                $"functions or includes here call each other more than {depth} deep (the template's recursion limit); an endless recursion?",
                $"функции или включения ('include') здесь вызывают друг друга с вложенностью больше {depth} (предел вложенности вызовов в шаблоне); бесконечная рекурсия?");
        }

        if (inner is ArgumentOutOfRangeException)
        {
            // Scriban asks a function for a parameter past its last one: the call has too many arguments.
            return WithExcerpt(Localized.Text("too many arguments in this call", "в этом вызове слишком много аргументов"), excerpt);
        }

        return RuntimeKind(message) ?? WithExcerpt(Localized.Text("error while running the template", "ошибка при выполнении шаблона"), excerpt);
    }

    /// <summary>The time limit, as both the abort and Scriban's own cancellation check report it.</summary>
    public static string Timeout(TemplateLimits limits)
    {
        // Tenths of a second at most, so the Russian decimal comma is the one change.
        var seconds = limits.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
        return Localized.Text(
            $"the template ran longer than {seconds} s and was stopped (an endless loop?)",
            $"шаблон выполнялся дольше {seconds.Replace('.', ',')} с и был остановлен (бесконечный цикл?)");
    }

    /// <summary>The output limit.</summary>
    public static string OutputLimit(TemplateLimits limits)
    {
        var characters = MessageNumber.Count(limits.OutputCharacters);
        return Localized.Text(
            $"the template wrote more than {characters} characters (the template output limit)",
            $"шаблон вывел больше {characters} {MessageNumber.RussianNoun(limits.OutputCharacters, "символа", "символов", "символов")} (предел объема вывода шаблона)");
    }

    private static string WithExcerpt(string kind, string? excerpt) => excerpt is null ? kind : $"{kind}: «{excerpt}»";

    private static string? SyntaxKind(string message)
    {
        if (message.Contains("The <end> statement was not found", StringComparison.Ordinal))
        {
            return BlockOf(message) is { } block
                ? Localized.Text($"the '{block}' block is not closed with 'end'", $"блок '{block}' не закрыт словом 'end'")
                : Localized.Text("a block is not closed with 'end'", "блок не закрыт словом 'end'");
        }

        if (message.Contains("<end> statement without a corresponding beginning", StringComparison.Ordinal))
        {
            return Localized.Text(
                "an 'end' with no open block ('if', 'for', 'while', 'func' …) to close",
                "лишнее 'end': нет открытого блока ('if', 'for', 'while', 'func' …), который оно закрывало бы");
        }

        if (message.Contains("else condition must be preceded", StringComparison.Ordinal))
        {
            return Localized.Text("an 'else' without an 'if' before it", "'else' без 'if' перед ним");
        }

        if (message.Contains("not terminated by a", StringComparison.Ordinal))
        {
            return Localized.Text("a quoted text is not closed", "у текста в кавычках нет закрывающей кавычки");
        }

        if (Token(ExpressionExpected(), message) is { } before)
        {
            return Localized.Text($"an expression is missing before {before}", $"не хватает выражения перед {before}");
        }

        if (Token(EndOfStatementExpected(), message) is { } extra)
        {
            return Localized.Text($"unexpected {extra}: the statement should end before it", $"лишнее {extra}: инструкция должна закончиться перед ним");
        }

        if (message.Contains("Expecting a closing parenthesis", StringComparison.Ordinal) || message.Contains("Expecting a closing `)`", StringComparison.Ordinal))
        {
            return Localized.Text("a closing ')' is missing", "не хватает закрывающей скобки ')'");
        }

        if (message.Contains("while expecting `]`", StringComparison.Ordinal))
        {
            return Localized.Text("a closing ']' is missing", "не хватает закрывающей скобки ']'");
        }

        if (Captured(BadEscape(), message) is { } escape)
        {
            var sequence = QuotedText.Quote("\\" + escape);
            return Localized.Text($"{sequence} is not an escape a quoted text may hold", $"{sequence} — недопустимая последовательность в тексте в кавычках");
        }

        return null;
    }

    private static string? RuntimeKind(string message)
    {
        if (Token(VariableNotFound(), message) is { } variable)
        {
            return Localized.Text($"there is no variable or function {variable}", $"нет переменной или функции {variable}");
        }

        if (Token(FunctionNotFound(), message) is { } function)
        {
            return Localized.Text($"there is no function {function}", $"нет функции {function}");
        }

        if (Token(NullMember(), message) is { } member)
        {
            return Localized.Text($"{member} cannot be read: what it belongs to is empty", $"{member} прочитать нельзя: то, чему оно принадлежит, пусто");
        }

        var arguments = ArgumentCount().Match(message);
        if (arguments.Success)
        {
            // Scriban names the call with its arguments («year_range 2021»): the function is its first word.
            var name = QuotedText.Quote(arguments.Groups["name"].Value.Split(' ')[0]);
            var (given, expected) = (arguments.Groups["given"].Value, arguments.Groups["expected"].Value);
            return Localized.Text(
                $"{name} takes {expected} argument(s), not {given}",
                $"{name} принимает аргументов: {expected}, а передано: {given}");
        }

        var conversion = Conversion().Match(message);
        if (conversion.Success)
        {
            var (from, to) = (ValueKind(conversion.Groups["from"].Value), ValueKind(conversion.Groups["to"].Value));
            return Localized.Text($"{from} where {to} is expected", $"{from} там, где ожидается {to}");
        }

        return null;
    }

    /// <summary>A kind of value as a template author knows it: «a text», not «string».</summary>
    private static string ValueKind(string type) => type switch
    {
        "string" => Localized.Text("a text", "текст"),
        "int" or "long" => Localized.Text("a whole number", "целое число"),
        "double" or "float" or "decimal" => Localized.Text("a number", "число"),
        "bool" or "boolean" => Localized.Text("'true' or 'false'", "'true' или 'false'"),
        _ => Localized.Text($"a value of type {QuotedText.Quote(type)}", $"значение типа {QuotedText.Quote(type)}"),
    };

    /// <summary>The statement whose block the parser was reading: «if» of «Error while parsing if statement».</summary>
    private static string? BlockOf(string message)
    {
        var match = ParsingStatement().Match(message);
        return match.Success ? match.Groups["block"].Value : null;
    }

    /// <summary>The name or token the pattern captured, quoted and cut short; null when it does not match.</summary>
    private static string? Token(Regex pattern, string message) => Captured(pattern, message) is { } token ? QuotedText.Quote(token) : null;

    private static string? Captured(Regex pattern, string message)
    {
        var match = pattern.Match(message);
        return match.Success ? match.Groups["token"].Value : null;
    }

    [GeneratedRegex(@"Error while parsing (?<block>[a-z]+) statement", RegexOptions.CultureInvariant)]
    private static partial Regex ParsingStatement();

    [GeneratedRegex(@"Expecting (an )?<expression>.* instead of `(?<token>[^`]*)`", RegexOptions.CultureInvariant)]
    private static partial Regex ExpressionExpected();

    [GeneratedRegex(@"Invalid token found `(?<token>[^`]*)`\. Expecting <EOL>", RegexOptions.CultureInvariant)]
    private static partial Regex EndOfStatementExpected();

    [GeneratedRegex(@"Unexpected escape character `(?<token>[^`]*)`", RegexOptions.CultureInvariant)]
    private static partial Regex BadEscape();

    [GeneratedRegex(@"^The variable or function `(?<token>[^`]*)` was not found", RegexOptions.CultureInvariant)]
    private static partial Regex VariableNotFound();

    [GeneratedRegex(@"^The function `(?<token>[^`]*)` was not found", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionNotFound();

    [GeneratedRegex(@"^Cannot get the member (?<token>.+) for a null object", RegexOptions.CultureInvariant)]
    private static partial Regex NullMember();

    [GeneratedRegex(@"^Unable to convert type `(?<from>[^`]*)` to `?(?<to>[^`\s.]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Conversion();

    [GeneratedRegex(@"^Invalid number of arguments `(?<given>\d+)` passed to `(?<name>[^`]*)` while expecting `(?<expected>\d+)`", RegexOptions.CultureInvariant)]
    private static partial Regex ArgumentCount();
}
