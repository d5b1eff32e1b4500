using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// Markup that is not well-formed XML, in the library's words, in the message language. The XML
/// reader's message is read only for the kind of error and the names, characters and places it
/// carries; the errors a template author meets (a tag closed by another, an element left open, an
/// unknown entity such as &amp;nbsp;, a bare '&lt;' or '&amp;' in text) are said in full, any other
/// generally.
/// </summary>
internal static partial class XmlErrorWording
{
    /// <summary>Why the markup is not well-formed, from the reader's exception.</summary>
    public static string Describe(XmlException error)
    {
        var kind = Kind(PlaceSuffix().Replace(error.Message, string.Empty));
        return kind is null
            ? Localized.Text("the markup is not well-formed XML", "разметка не является правильно построенным XML")
            : Localized.Text($"the markup is not well-formed XML: {kind}", $"разметка не является правильно построенным XML: {kind}");
    }

    private static string? Kind(string message)
    {
        var match = TagMismatch().Match(message);
        if (match.Success)
        {
            var (start, end, line, column) = (match.Groups["start"].Value, match.Groups["end"].Value, match.Groups["line"].Value, match.Groups["column"].Value);
            return Localized.Text(
                $"the end tag </{end}> does not match the start tag <{start}> (markup line {line}, column {column})",
                $"закрывающий тег </{end}> не соответствует открывающему тегу <{start}> (строка {line}, позиция {column} разметки)");
        }

        match = NotClosed().Match(message);
        if (match.Success)
        {
            var open = string.Join(", ", match.Groups["elements"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(e => $"<{e}>"));
            return Localized.Text($"the markup ends before these elements are closed: {open}", $"разметка закончилась, а элементы не закрыты: {open}");
        }

        if (message.StartsWith("Unexpected end of file", StringComparison.Ordinal))
        {
            return Localized.Text("the markup ends in the middle of a tag", "разметка обрывается посреди тега");
        }

        if (message.StartsWith("Root element is missing", StringComparison.Ordinal))
        {
            return Localized.Text("there is no element at all: the template wrote no <document>", "в ней нет ни одного элемента: шаблон не вывел <document>");
        }

        if (message.StartsWith("There are multiple root elements", StringComparison.Ordinal))
        {
            return Localized.Text("another element follows the end of <document>", "после закрытия <document> идет еще один элемент");
        }

        if (message.StartsWith("Data at the root level is invalid", StringComparison.Ordinal))
        {
            return Localized.Text("text outside <document>", "текст вне <document>");
        }

        if (Captured(DuplicateAttribute(), message) is { } attribute)
        {
            var name = QuotedText.Quote(attribute);
            return Localized.Text($"the attribute {name} is written twice", $"атрибут {name} указан дважды");
        }

        if (Captured(UndeclaredEntity(), message) is { } entity)
        {
            var reference = QuotedText.Quote($"&{entity};");
            return Localized.Text(
                $"{reference} is not a reference markup knows: write the character itself, or '&amp;' '&lt;' '&gt;' '&quot;' '&apos;', or its number such as '&#160;'",
                $"ссылка {reference} в разметке неизвестна: напишите сам символ, или '&amp;' '&lt;' '&gt;' '&quot;' '&apos;', или его номер, например '&#160;'");
        }

        if (message.StartsWith("An error occurred while parsing EntityName", StringComparison.Ordinal))
        {
            return Localized.Text(
                "a '&' must begin a reference such as '&amp;' or '&#160;'; a '&' meant as text is written '&amp;'",
                "знак '&' должен начинать ссылку, например '&amp;' или '&#160;'; знак '&' в тексте записывается как '&amp;'");
        }

        if (message.Contains("cannot begin with the", StringComparison.Ordinal) && Character(message) is { } first)
        {
            return Localized.Text(
                $"a tag name cannot begin with the character {first}; a '<' meant as text is written '&lt;' and a '&' as '&amp;'",
                $"имя тега не может начинаться с символа {first}; знак '<' в тексте записывается как '&lt;', а '&' — как '&amp;'");
        }

        if (message.Contains("cannot be included in a name", StringComparison.Ordinal) && Character(message) is { } inName)
        {
            return Localized.Text($"a name cannot contain the character {inName}", $"имя не может содержать символ {inName}");
        }

        if (message.Contains("is an invalid attribute character", StringComparison.Ordinal) && Character(message) is { } inAttribute)
        {
            return Localized.Text(
                $"the character {inAttribute} cannot be in an attribute value; a '<' is written '&lt;'",
                $"символ {inAttribute} недопустим в значении атрибута; знак '<' записывается как '&lt;'");
        }

        if (message.Contains("is an invalid character", StringComparison.Ordinal) && Character(message) is { } invalid)
        {
            return Localized.Text($"the character {invalid} cannot be in markup", $"символ {invalid} недопустим в разметке");
        }

        match = UnexpectedToken().Match(message);
        if (match.Success)
        {
            var token = QuotedText.Quote(match.Groups["token"].Value);
            var expected = Tokens(match.Groups["expected"].Value);
            return expected is null
                ? Localized.Text($"unexpected {token}", $"неожиданный знак {token}")
                : Localized.Text($"unexpected {token} where {expected} should be", $"неожиданный знак {token} там, где должен быть {expected}");
        }

        if (message.Contains("']]>' is not allowed in character data", StringComparison.Ordinal))
        {
            return Localized.Text("']]>' cannot be in text; write ']]&gt;'", "']]>' не может стоять в тексте; пишите ']]&gt;'");
        }

        if (message.Contains("DTD is prohibited", StringComparison.Ordinal))
        {
            return Localized.Text("a '<!DOCTYPE …>' declaration is not allowed", "объявление '<!DOCTYPE …>' недопустимо");
        }

        if (message.Contains("comment cannot contain '--'", StringComparison.Ordinal))
        {
            return Localized.Text("a comment cannot contain '--' or end with '-'", "комментарий не может содержать '--' или заканчиваться на '-'");
        }

        return null;
    }

    /// <summary>«U+0020 ' '» for the character the message gives by its hexadecimal value; without the glyph for one that does not print.</summary>
    private static string? Character(string message)
    {
        var match = HexadecimalValue().Match(message);
        if (!match.Success || !int.TryParse(match.Groups["code"].Value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        var name = FormattableString.Invariant($"U+{code:X4}");
        return code is > 0x20 and < 0x7F or >= 0xA0 and < 0xD800
            ? $"{name} '{char.ConvertFromUtf32(code)}'"
            : code == 0x20 ? $"{name} ' '" : name;
    }

    /// <summary>«'=' or '"'» from the reader's «'=' or '"'»: single characters, each in its quotes.</summary>
    private static string? Tokens(string expected)
    {
        var tokens = expected.Split(" or ", StringSplitOptions.TrimEntries)
            .Select(t => t.Length == 3 && t[0] == '\'' && t[2] == '\'' ? t[1..2] : null)
            .ToList();
        return tokens.Count == 0 || tokens.Any(t => t is null)
            ? null
            : string.Join(Localized.Text(" or ", " или "), tokens.Select(t => t == "'" ? "\"'\"" : $"'{t}'"));
    }

    private static string? Captured(Regex pattern, string message)
    {
        var match = pattern.Match(message);
        return match.Success ? match.Groups["value"].Value : null;
    }

    // The reader ends its messages with the place, which the error gives separately.
    [GeneratedRegex(@" Line \d+, position \d+\.$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceSuffix();

    [GeneratedRegex(@"^The '(?<start>[^']*)' start tag on line (?<line>\d+) position (?<column>\d+) does not match the end tag of '(?<end>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex TagMismatch();

    [GeneratedRegex(@"The following elements are not closed: (?<elements>[^.]*)\.", RegexOptions.CultureInvariant)]
    private static partial Regex NotClosed();

    [GeneratedRegex(@"^'(?<value>[^']*)' is a duplicate attribute name", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateAttribute();

    [GeneratedRegex(@"^Reference to undeclared entity '(?<value>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UndeclaredEntity();

    [GeneratedRegex(@"hexadecimal value 0x(?<code>[0-9A-Fa-f]+)", RegexOptions.CultureInvariant)]
    private static partial Regex HexadecimalValue();

    [GeneratedRegex(@"^'(?<token>.*)' is an unexpected token\.(?: The expected token is (?<expected>.*)\.)?", RegexOptions.CultureInvariant)]
    private static partial Regex UnexpectedToken();
}
