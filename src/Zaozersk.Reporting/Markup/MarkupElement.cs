using System.Xml;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// A start tag as the streaming reader met it: the element's name, its place in the markup and its
/// attributes (including the schema's defaults). Kept so that checks made after the element's
/// content has been read can still name the element and its line.
/// </summary>
internal sealed class MarkupElement
{
    private static readonly KeyValuePair<string, string>[] NoAttributes = [];
    private readonly KeyValuePair<string, string>[] _attributes;

    private MarkupElement(string name, int line, int column, KeyValuePair<string, string>[] attributes)
    {
        Name = name;
        Line = line;
        Column = column;
        _attributes = attributes;
    }

    /// <summary>The element's local name, e.g. <c>cell</c>.</summary>
    public string Name { get; }

    /// <summary>1-based line of the start tag.</summary>
    public int Line { get; }

    /// <summary>1-based column of the element's name in the start tag.</summary>
    public int Column { get; }

    /// <summary>Takes the start tag <paramref name="reader"/> is on; the reader stays on it.</summary>
    public static MarkupElement From(XmlReader reader)
    {
        var lines = reader as IXmlLineInfo;
        var attributes = NoAttributes;
        if (reader.AttributeCount > 0)
        {
            var taken = new List<KeyValuePair<string, string>>(reader.AttributeCount);
            while (reader.MoveToNextAttribute())
            {
                // Only attributes without a namespace are markup attributes (not xmlns declarations).
                if (reader.NamespaceURI.Length == 0)
                {
                    taken.Add(new(reader.LocalName, reader.Value));
                }
            }

            reader.MoveToElement();
            attributes = [.. taken];
        }

        return new MarkupElement(reader.LocalName, lines?.LineNumber ?? 0, lines?.LinePosition ?? 0, attributes);
    }

    /// <summary>The attribute's value, or null when the element has no such attribute.</summary>
    public string? Attribute(string name)
    {
        foreach (var (key, value) in _attributes)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The xs:boolean attribute's value, or null when absent.</summary>
    public bool? Flag(string name) => Attribute(name) is { } value ? XmlConvert.ToBoolean(value) : null;
}
