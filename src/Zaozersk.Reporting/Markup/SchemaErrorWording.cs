using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Schema;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// A breach of the markup schema in the library's words, in the message language. The schema
/// validator's own sentences are English and name its notions (content models, datatypes, facets);
/// here the element, the attribute and its value come from the reader at the place, what a value
/// should be comes from the schema itself, and the validator's message serves only to tell which
/// kind of breach it is and which elements it expected. A kind not recognised is named generally.
/// </summary>
internal static partial class SchemaErrorWording
{
    /// <summary>The most attributes listed for an attribute the element does not have; a paragraph's twenty would bury the point.</summary>
    private const int MaxListed = 8;

    /// <summary>The element concerned and what is wrong with it.</summary>
    /// <param name="reader">The validating reader, on the node being validated (an attribute of an element, an element, text, an end tag).</param>
    /// <param name="message">The validator's message, read for the kind only.</param>
    /// <param name="openElement">The element whose content is being read (the parent of an element or text, the element being closed).</param>
    public static (string? Element, string Reason) Describe(XmlReader? reader, string message, string? openElement)
    {
        if (reader is { NodeType: XmlNodeType.Attribute })
        {
            return Attribute(reader);
        }

        var name = reader is { NodeType: XmlNodeType.Element or XmlNodeType.EndElement } ? reader.Name : null;
        if (message.Contains("has invalid child element", StringComparison.Ordinal))
        {
            var allowed = Allowed(message);
            return (name, allowed is null
                ? Localized.Text($"not allowed inside <{openElement}>", $"элемент недопустим внутри <{openElement}>")
                : Localized.Text($"not allowed inside <{openElement}>; allowed here: {allowed}", $"элемент недопустим внутри <{openElement}>; здесь допустимы: {allowed}"));
        }

        if (message.Contains("cannot contain child element", StringComparison.Ordinal))
        {
            return (name, Localized.Text($"not allowed inside <{openElement}>, which must be empty", $"элемент недопустим внутри <{openElement}>: <{openElement}> должен быть пустым"));
        }

        if (message.Contains("has incomplete content", StringComparison.Ordinal))
        {
            var allowed = Allowed(message);
            return (name, allowed switch
            {
                null => Localized.Text("a required element is missing at its end", "в конце не хватает обязательного элемента"),
                _ when allowed.Contains(',', StringComparison.Ordinal) => Localized.Text($"a required element is missing at its end: one of {allowed}", $"в конце не хватает обязательного элемента, одного из: {allowed}"),
                _ => Localized.Text($"a required element is missing at its end: {allowed}", $"в конце не хватает обязательного элемента: {allowed}"),
            });
        }

        if (message.Contains("Content model is empty", StringComparison.Ordinal))
        {
            return (openElement, Localized.Text("must be empty: no text or spaces inside it", "элемент должен быть пустым: внутри не может быть ни текста, ни пробелов"));
        }

        if (message.Contains("cannot contain text", StringComparison.Ordinal))
        {
            var allowed = Allowed(message);
            return (openElement, allowed is null
                ? Localized.Text("text is not allowed directly inside it", "текст недопустим прямо внутри этого элемента")
                : Localized.Text($"text is not allowed directly inside it; allowed here: {allowed}", $"текст недопустим прямо внутри этого элемента; здесь допустимы: {allowed}"));
        }

        if (Captured(RequiredAttribute(), message) is { } required && name is not null)
        {
            var expected = MarkupSchema.AttributeType(name, required) is { } type ? Expected(type) : null;
            return (name, expected is null
                ? Localized.Text($"the attribute '{required}' is required", $"атрибут '{required}' обязателен")
                : Localized.Text($"the attribute '{required}' is required ({expected})", $"атрибут '{required}' обязателен ({expected})"));
        }

        if (message.Contains("element is not declared", StringComparison.Ordinal) || message.Contains("Could not find schema information for the element", StringComparison.Ordinal))
        {
            return (name, NotDocument());
        }

        if (Captured(DuplicateKey(), message) is { } key)
        {
            var style = QuotedText.Quote(key);
            return (name, Localized.Text($"style {style} is declared twice in <styles>", $"стиль {style} объявлен в <styles> дважды"));
        }

        return (name ?? openElement, Localized.Text("does not follow the markup schema (markup.xsd) here", "здесь не соответствует схеме разметки (markup.xsd)"));
    }

    /// <summary>The reason a markup that does not start with its root element is refused.</summary>
    public static string NotDocument() =>
        Localized.Text("the markup must start with <document> (no XML namespace)", "разметка должна начинаться с <document> (без пространства имен XML)");

    private static (string? Element, string Reason) Attribute(XmlReader reader)
    {
        var (name, local, value, inNamespace) = (reader.Name, reader.LocalName, reader.Value, reader.NamespaceURI.Length > 0);
        reader.MoveToElement();
        var element = reader.LocalName;
        var type = inNamespace ? null : MarkupSchema.AttributeType(element, local);
        if (type is null)
        {
            var declared = MarkupSchema.AttributeNames(element);
            var nearest = inNamespace ? null : NameSuggester.Nearest(local, declared);
            var known = string.Join(", ", declared.Select(n => $"'{n}'"));
            return (element, (nearest, declared.Count) switch
            {
                (not null, _) => Localized.Text($"the attribute '{name}' is not allowed here; did you mean '{nearest}'?", $"атрибут '{name}' здесь недопустим; может быть, '{nearest}'?"),
                (_, 0) => Localized.Text($"the attribute '{name}' is not allowed here: <{element}> takes no attributes", $"атрибут '{name}' здесь недопустим: у <{element}> атрибутов нет"),
                (_, <= MaxListed) => Localized.Text($"the attribute '{name}' is not allowed here; allowed: {known}", $"атрибут '{name}' здесь недопустим; допустимы: {known}"),
                _ => Localized.Text($"the attribute '{name}' is not allowed here", $"атрибут '{name}' здесь недопустим"),
            });
        }

        var shown = QuotedText.Shorten(value);
        return (element, Expected(type) is { } expected
            ? Localized.Text($"{name}=\"{shown}\" is not valid: expected {expected}", $"значение \"{shown}\" атрибута '{name}' недопустимо: ожидается {expected}")
            : Localized.Text($"{name}=\"{shown}\" is not valid", $"значение \"{shown}\" атрибута '{name}' недопустимо"));
    }

    /// <summary>What a value of <paramref name="type"/> looks like, from the schema; null for a type without a description.</summary>
    private static string? Expected(XmlSchemaSimpleType type)
    {
        if (type.Content is XmlSchemaSimpleTypeUnion { BaseMemberTypes: { } members })
        {
            var each = members.Select(Expected).ToList();
            return each.Any(e => e is null) ? null : string.Join(Localized.Text(" or ", " или "), each);
        }

        var facets = (type.Content as XmlSchemaSimpleTypeRestriction)?.Facets.OfType<XmlSchemaFacet>().ToList() ?? [];
        var values = facets.OfType<XmlSchemaEnumerationFacet>().Select(f => $"'{f.Value}'").ToList();
        if (values.Count == 1)
        {
            return values[0];
        }

        if (values.Count > 1)
        {
            return Localized.Text($"one of {string.Join(", ", values)}", $"одно из значений {string.Join(", ", values)}");
        }

        switch (type.QualifiedName.Name)
        {
            case "length":
                return Localized.Text("a length such as 20mm or 12pt", "длина, например 20mm или 12pt");
            case "columnWidth":
                return Localized.Text("a width such as 30mm or a share such as 2*", "ширина, например 30mm, или доля, например 2*");
            case "padding":
                return Localized.Text("one to four lengths separated by spaces, such as 1mm 2mm", "от одной до четырех длин через пробел, например 1mm 2mm");
            case "styleId":
                return Localized.Text("a style name of lowercase Latin letters, digits and '-', starting with a letter", "имя стиля из строчных латинских букв, цифр и '-', начинающееся с буквы");
        }

        var minimum = facets.OfType<XmlSchemaMinInclusiveFacet>().FirstOrDefault()?.Value;
        var maximum = facets.OfType<XmlSchemaMaxInclusiveFacet>().FirstOrDefault()?.Value;
        if (minimum is not null && maximum is not null)
        {
            return Localized.Text($"a number from '{minimum}' to '{maximum}'", $"число от '{minimum}' до '{maximum}'");
        }

        switch (type.TypeCode)
        {
            case XmlTypeCode.Boolean:
                return Localized.Text("'true' or 'false'", "'true' или 'false'");
            case XmlTypeCode.PositiveInteger:
                return Localized.Text("a whole number from 1", "целое число не меньше 1");
            case XmlTypeCode.Date:
                return Localized.Text("a date such as 2022-04-27", "дата вида 2022-04-27");
            case XmlTypeCode.Language:
                return Localized.Text("a language code such as 'ru-RU'", "код языка, например 'ru-RU'");
            case XmlTypeCode.AnyUri:
                return Localized.Text("an address starting with 'http://' or 'https://'", "адрес, начинающийся с 'http://' или 'https://'");
        }

        var shortest = facets.OfType<XmlSchemaMinLengthFacet>().FirstOrDefault()?.Value;
        var longest = facets.OfType<XmlSchemaMaxLengthFacet>().FirstOrDefault()?.Value;
        return shortest is not null && longest is not null
            ? Localized.Text($"a text of {shortest} to {longest} characters", $"текст длиной от {shortest} до {longest} символов")
            : null;
    }

    /// <summary>The elements the validator expected, as «&lt;a&gt;, &lt;b&gt;»; null when it named none.</summary>
    private static string? Allowed(string message) =>
        Captured(ExpectedElements(), message) is { } list
            ? string.Join(", ", list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => $"<{n}>"))
            : null;

    private static string? Captured(Regex pattern, string message)
    {
        var match = pattern.Match(message);
        return match.Success ? match.Groups["value"].Value : null;
    }

    [GeneratedRegex(@"List of possible elements expected: '(?<value>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedElements();

    [GeneratedRegex(@"The required attribute '(?<value>[^']*)' is missing", RegexOptions.CultureInvariant)]
    private static partial Regex RequiredAttribute();

    [GeneratedRegex(@"There is a duplicate key sequence '(?<value>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateKey();
}
