using System.Globalization;
using System.Xml;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Word list numbering as Word displays it: «•» bullets, and the numbers of numbered lists («1.»,
/// «IV.», «1.2.», «1)») counted through the document in reading order. The numbering and styles
/// parts are read by streaming them, as the body is: building the SDK's tree of a part reads it by
/// recursion as deep as its nesting, and keeps all of it.
/// </summary>
internal sealed class ListNumbering
{
    /// <summary>Word has nine list levels; a level beyond them is read as a plain list item.</summary>
    private const int Levels = 9;

    /// <summary>A longer level text is no numbering Word's dialog writes; it is read as a plain list item.</summary>
    private const int MaxLevelText = 64;

    private readonly Dictionary<int, Level?[]> _abstracts = [];
    private readonly Dictionary<int, (int AbstractId, int?[] Starts)> _instances = [];
    private readonly Dictionary<string, (int NumberingId, int Level)> _styles = new(StringComparer.Ordinal);

    // Counters of each list: per abstract numbering, or per numbering instance when it restarts the list.
    private readonly Dictionary<(int Id, bool Instance), int?[]> _counters = [];

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

    /// <summary>
    /// The list label of a paragraph with numbering <paramref name="numberingId"/> (or none) and style
    /// <paramref name="style"/>, counting it: «•» stays, a number is as Word shows it («1.2.», «II.»,
    /// «1)»), every other bullet becomes «-»; null for no list. Call once per paragraph, in reading order.
    /// </summary>
    public string? Label(int? numberingId, int level, string? style)
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

        if (!_instances.TryGetValue(numbering, out var instance) || !_abstracts.TryGetValue(instance.AbstractId, out var levels)
            || level is < 0 or >= Levels || levels[level] is not { } definition)
        {
            return "-";
        }

        if (definition.Format == "bullet")
        {
            return definition.Text == "•" ? "•" : "-";
        }

        if (!IsCounted(definition.Format) || definition.Text.Length > MaxLevelText)
        {
            return "-";
        }

        var restarts = instance.Starts.Any(s => s is not null);
        var key = restarts ? (numbering, true) : (instance.AbstractId, false);
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new int?[Levels];
            _counters[key] = counters;
        }

        int Start(int l) => instance.Starts[l] ?? levels[l]?.Start ?? 0;
        counters[level] = counters[level] is { } current ? current + 1 : Start(level);
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counters[deeper] = null;
        }

        return Format(definition.Text, l => (levels[l]?.Format ?? "decimal", counters[l] ?? Start(l)));
    }

    private static bool IsCounted(string format) => format is "decimal" or "decimalZero" or "upperRoman" or "lowerRoman" or "upperLetter" or "lowerLetter" or "russianUpper" or "russianLower";

    /// <summary>The level text with «%1»…«%9» replaced by the levels' numbers in their formats.</summary>
    private static string Format(string text, Func<int, (string Format, int Value)> level)
    {
        var label = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var (format, value) = level(text[i + 1] - '1');
                label.Append(Number(format, value));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        return label.ToString().Trim();
    }

    /// <summary>One number in a list format; very large ones in digits, as a list that long is no plan's.</summary>
    private static string Number(string format, int value)
    {
        const string Russian = "абвгдежзиклмнопрстуфхцчшщэюя";
        return format switch
        {
            _ when value <= 0 || value > 780 => value.ToString(CultureInfo.InvariantCulture),
            "decimalZero" when value < 10 => "0" + value.ToString(CultureInfo.InvariantCulture),
            "upperRoman" => Roman(value),
            "lowerRoman" => Roman(value).ToLowerInvariant(),
            "upperLetter" => new string((char)('A' + ((value - 1) % 26)), ((value - 1) / 26) + 1),
            "lowerLetter" => new string((char)('a' + ((value - 1) % 26)), ((value - 1) / 26) + 1),
            "russianUpper" => new string(char.ToUpperInvariant(Russian[(value - 1) % Russian.Length]), ((value - 1) / Russian.Length) + 1),
            "russianLower" => new string(Russian[(value - 1) % Russian.Length], ((value - 1) / Russian.Length) + 1),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Roman(int value)
    {
        (int Value, string Digits)[] parts = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var roman = new System.Text.StringBuilder();
        foreach (var (part, digits) in parts)
        {
            for (; value >= part; value -= part)
            {
                roman.Append(digits);
            }
        }

        return roman.ToString();
    }

    /// <summary>Abstract numberings (each level's format, text and start) and the numberings that use them, with their restarts.</summary>
    private void ReadNumbering(XmlReader reader)
    {
        Level?[]? levels = null;
        int?[]? starts = null;
        int? level = null, overridden = null;
        string? format = null, text = null;
        var start = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == 2 && IsW(reader, "lvl"))
            {
                if (levels is not null && level is >= 0 and < Levels)
                {
                    levels[level.Value] = new Level(format ?? "decimal", text ?? string.Empty, start);
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
                    levels = new Level?[Levels];
                    starts = null;
                    if (Int(reader, "abstractNumId") is { } abstractId)
                    {
                        _abstracts[abstractId] = levels;
                    }

                    break;
                case 1 when IsW(reader, "num"):
                    levels = null;
                    starts = new int?[Levels];
                    if (Int(reader, "numId") is { } id)
                    {
                        _instances[id] = (-1, starts);
                        (level, overridden) = (null, id);
                    }
                    else
                    {
                        overridden = null;
                    }

                    break;
                case 1:
                    (levels, starts, overridden) = (null, null, null);
                    break;
                case 2 when levels is not null && IsW(reader, "lvl"):
                    (level, format, text, start) = (Int(reader, "ilvl"), null, null, 0);
                    break;
                case 2 when overridden is { } instance && IsW(reader, "abstractNumId") && Int(reader, "val") is { } used:
                    _instances[instance] = (used, _instances[instance].Starts);
                    break;
                case 2 when overridden is not null && IsW(reader, "lvlOverride"):
                    level = Int(reader, "ilvl");
                    break;
                case 3 when overridden is not null && starts is not null && IsW(reader, "startOverride") && level is >= 0 and < Levels:
                    starts[level.Value] = Int(reader, "val");
                    break;
                case 3 when levels is not null && IsW(reader, "numFmt"):
                    format = reader.GetAttribute("val", WordBodyReader.W);
                    break;
                case 3 when levels is not null && IsW(reader, "lvlText"):
                    text = reader.GetAttribute("val", WordBodyReader.W);
                    break;
                case 3 when levels is not null && IsW(reader, "start"):
                    start = Int(reader, "val") ?? 0;
                    break;
            }
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

    /// <summary>One level of an abstract numbering.</summary>
    private sealed record Level(string Format, string Text, int Start);
}
