using System.Globalization;
using System.Xml;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Which Word lists have «•» bullets, and which paragraph styles make a list, read from the numbering
/// and styles parts by streaming them, as the body is: building the SDK's tree of a part reads it
/// by recursion as deep as its nesting, and keeps all of it.
/// </summary>
internal sealed class ListNumbering
{
    private readonly Dictionary<int, Dictionary<int, string>> _bullets = [];
    private readonly Dictionary<string, (int NumberingId, int Level)> _styles = new(StringComparer.Ordinal);

    /// <summary>Reads the numbering and styles parts, either of which may be missing.</summary>
    public ListNumbering(XmlReader? numbering, XmlReader? styles)
    {
        if (numbering is not null)
        {
            ReadNumbering(numbering);
        }

        if (styles is not null)
        {
            ReadStyles(styles);
        }
    }

    /// <summary>The bullet of a paragraph with numbering <paramref name="numberingId"/> (or none) and style <paramref name="style"/>: «•» stays, every other bullet or number becomes «-», null for no list.</summary>
    public string? Bullet(int? numberingId, int level, string? style)
    {
        var id = numberingId;
        if (id is null && style is not null && _styles.TryGetValue(style, out var fromStyle))
        {
            (id, level) = fromStyle;
        }

        if (id is not { } numbering || numbering == 0)
        {
            return null;
        }

        return _bullets.TryGetValue(numbering, out var levels) && levels.TryGetValue(level, out var text) && text == "•" ? "•" : "-";
    }

    /// <summary>Abstract numberings (levels with a bullet format and their text) and the numberings that use them.</summary>
    private void ReadNumbering(XmlReader reader)
    {
        var abstractBullets = new Dictionary<int, Dictionary<int, string>>();
        var instances = new List<(int Id, int AbstractId)>();
        Dictionary<int, string>? bullets = null;
        int? level = null, instance = null;
        string? format = null, text = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == 2 && IsW(reader, "lvl"))
            {
                if (bullets is not null && level is { } index && format == "bullet")
                {
                    bullets[index] = text ?? string.Empty;
                }

                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.Depth)
            {
                case 1 when IsW(reader, "abstractNum"):
                    bullets = [];
                    instance = null;
                    if (Int(reader, "abstractNumId") is { } abstractId)
                    {
                        abstractBullets[abstractId] = bullets;
                    }

                    break;
                case 1 when IsW(reader, "num"):
                    bullets = null;
                    instance = Int(reader, "numId");
                    break;
                case 1:
                    bullets = null;
                    instance = null;
                    break;
                case 2 when bullets is not null && IsW(reader, "lvl"):
                    (level, format, text) = (Int(reader, "ilvl"), null, null);
                    break;
                case 2 when instance is { } id && IsW(reader, "abstractNumId") && Int(reader, "val") is { } used:
                    instances.Add((id, used));
                    break;
                case 3 when bullets is not null && IsW(reader, "numFmt"):
                    format = reader.GetAttribute("val", WordBodyReader.W);
                    break;
                case 3 when bullets is not null && IsW(reader, "lvlText"):
                    text = reader.GetAttribute("val", WordBodyReader.W);
                    break;
            }
        }

        foreach (var (id, abstractId) in instances)
        {
            _bullets[id] = abstractBullets.GetValueOrDefault(abstractId) ?? [];
        }
    }

    /// <summary>Paragraph styles with list numbering: w:style/w:pPr/w:numPr.</summary>
    private void ReadStyles(XmlReader reader)
    {
        string? style = null;
        int? numberingId = null;
        var level = 0;
        var (properties, numbering) = (false, false);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == 1 && IsW(reader, "style"))
            {
                if (style is not null && numberingId is { } id)
                {
                    _styles[style] = (id, level);
                }

                (style, numberingId, level) = (null, null, 0);
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.Depth)
            {
                case 1:
                    (style, numberingId, level) = (IsW(reader, "style") && !reader.IsEmptyElement ? reader.GetAttribute("styleId", WordBodyReader.W) : null, null, 0);
                    (properties, numbering) = (false, false);
                    break;
                case 2:
                    // The style's first paragraph properties count, as in Word.
                    properties = style is not null && IsW(reader, "pPr") && !reader.IsEmptyElement && numberingId is null;
                    break;
                case 3:
                    numbering = properties && IsW(reader, "numPr");
                    break;
                case 4 when numbering && IsW(reader, "numId"):
                    numberingId = Int(reader, "val");
                    break;
                case 4 when numbering && IsW(reader, "ilvl"):
                    level = Int(reader, "val") ?? 0;
                    break;
            }
        }
    }

    private static bool IsW(XmlReader reader, string name) => reader.LocalName == name && reader.NamespaceURI == WordBodyReader.W;

    private static int? Int(XmlReader reader, string attribute) =>
        int.TryParse(reader.GetAttribute(attribute, WordBodyReader.W), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
