using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// Reads document markup (see templates/markup.xsd) into the document model. The XSD rejects
/// unknown elements and attributes; this reader adds the checks a schema cannot express (style
/// references, table geometry) and reports every problem as a <see cref="MarkupException"/>.
/// </summary>
internal sealed class MarkupReader
{
    /// <summary>Stands in for template-formatting whitespace until a paragraph is complete (data never holds U+0001).</summary>
    private const char SoftSpace = '\u0001';

    private readonly string _templateName;
    private readonly string _markup;
    private readonly MarkupLimits _limits;
    private StyleSheet _styles = new() { DefaultParagraph = ParagraphFormat.Inherit, DefaultRun = RunFormat.Inherit, Styles = [] };

    private MarkupReader(string templateName, string markup, MarkupLimits limits)
    {
        _templateName = templateName;
        _limits = limits;
        _markup = markup;
    }

    /// <summary>Reads <paramref name="markup"/>, produced by <paramref name="templateName"/>, within <paramref name="limits"/>.</summary>
    public static Document Read(string markup, string templateName, MarkupLimits? limits = null)
    {
        var reader = new MarkupReader(templateName, markup, limits ?? MarkupLimits.Default);
        return reader.ReadDocument(reader.Parse(markup));
    }

    private XElement Parse(string markup)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = MarkupSchema.Set,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        // Warnings (such as an element the schema does not declare at all) are errors here.
        settings.ValidationEventHandler += (_, e) => throw new XmlSchemaValidationException(e.Message, e.Exception, e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0);
        try
        {
            using var xml = new LimitedXmlReader(XmlReader.Create(new StringReader(markup), settings), _limits, (line, column, element, reason) => new MarkupException(_templateName, line, column, element, reason, excerpt: null));
            return XDocument.Load(xml, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace).Root!;
        }
        catch (XmlSchemaValidationException ex)
        {
            throw Error(ex.LineNumber, ex.LinePosition, null, Rephrase(ex.Message));
        }
        catch (XmlException ex)
        {
            throw Error(ex.LineNumber, ex.LinePosition, null, "the markup is not well-formed XML: " + ex.Message);
        }
    }

    private Document ReadDocument(XElement root)
    {
        if (root.Name.LocalName != "document" || root.Name.Namespace != XNamespace.None)
        {
            throw Error(root, "the markup must start with <document> (no XML namespace)");
        }

        var stylesElement = root.Element("styles");
        if (stylesElement is not null)
        {
            _styles = ReadStyles(stylesElement);
        }

        var info = new DocumentInfo
        {
            Title = (string?)root.Attribute("title"),
            Author = (string?)root.Attribute("author"),
            Subject = (string?)root.Attribute("subject"),
            Keywords = (string?)root.Attribute("keywords"),
            Language = (string?)root.Attribute("lang") ?? "ru-RU",
            Created = root.Attribute("created") is { } created ? ParseDate(root, created.Value) : null,
        };

        var sections = root.Elements("section").Select(ReadSection).ToList();
        return new Document { Info = info, Styles = _styles, Sections = sections };
    }

    private StyleSheet ReadStyles(XElement element)
    {
        var styles = new List<ParagraphStyle>();
        foreach (var style in element.Elements("style"))
        {
            var id = style.Attribute("id")!.Value;
            var basedOn = (string?)style.Attribute("based-on");
            if (basedOn is not null && styles.All(s => s.Id != basedOn))
            {
                throw Error(style, $"style '{id}' is based on '{basedOn}', which is not declared before it");
            }

            styles.Add(new ParagraphStyle(id, (string?)style.Attribute("name") ?? id, basedOn, ReadParagraphFormat(style), ReadRunFormat(style)));
        }

        return new StyleSheet { DefaultParagraph = ReadParagraphFormat(element), DefaultRun = ReadRunFormat(element), Styles = styles };
    }

    private PageSection ReadSection(XElement element)
    {
        var size = (string?)element.Attribute("size") ?? "A4";
        var (width, height) = size switch
        {
            "A3" => (new Length(16838), new Length(23811)),
            "A5" => (new Length(8391), new Length(11906)),
            _ => PageSetup.A4,
        };
        var defaults = new PageSetup();
        var page = new PageSetup
        {
            Width = width,
            Height = height,
            Orientation = (string?)element.Attribute("orientation") == "landscape" ? PageOrientation.Landscape : PageOrientation.Portrait,
            MarginTop = LengthOf(element, "margin-top") ?? defaults.MarginTop,
            MarginBottom = LengthOf(element, "margin-bottom") ?? defaults.MarginBottom,
            MarginLeft = LengthOf(element, "margin-left") ?? defaults.MarginLeft,
            MarginRight = LengthOf(element, "margin-right") ?? defaults.MarginRight,
            HeaderDistance = LengthOf(element, "header-distance") ?? defaults.HeaderDistance,
            FooterDistance = LengthOf(element, "footer-distance") ?? defaults.FooterDistance,
        };

        if (page.ContentWidth.Twips < Length.FromMillimetres(20).Twips || page.PageHeight - page.MarginTop - page.MarginBottom < Length.FromMillimetres(20))
        {
            throw Error(element, "the margins leave less than 20 mm for the text");
        }

        HeaderFooter? header = null, firstHeader = null, footer = null, firstFooter = null;
        foreach (var part in element.Elements().Where(e => e.Name.LocalName is "header" or "footer"))
        {
            var first = (string?)part.Attribute("page") == "first";
            var content = new HeaderFooter(ReadBlocks(part));
            ref var slot = ref (part.Name.LocalName == "header" ? ref (first ? ref firstHeader : ref header) : ref (first ? ref firstFooter : ref footer));
            if (slot is not null)
            {
                throw Error(part, $"a second <{part.Name.LocalName}> for the {(first ? "first" : "default")} page");
            }

            slot = content;
        }

        var blocks = ReadBlocks(element, skip: ["header", "footer"]);
        return new PageSection { Page = page, Header = header, Footer = footer, FirstHeader = firstHeader, FirstFooter = firstFooter, Blocks = blocks };
    }

    private List<Block> ReadBlocks(XElement parent, string[]? skip = null)
    {
        var blocks = new List<Block>();
        foreach (var element in parent.Elements())
        {
            if (skip is not null && skip.Contains(element.Name.LocalName))
            {
                continue;
            }

            blocks.Add(element.Name.LocalName switch
            {
                "p" => ReadParagraph(element),
                "list" => new BulletList(element.Elements("li").Select(li => new ListItem(ReadBlocks(li))).ToList())
                {
                    Bullet = (string?)element.Attribute("bullet") ?? "•",
                },
                "table" => ReadTable(element),
                "page-break" => new PageBreak(),
                var other => throw Error(element, $"<{other}> is not a block element"),
            });
        }

        return blocks;
    }

    private Paragraph ReadParagraph(XElement element)
    {
        var style = (string?)element.Attribute("style");
        if (style is not null && _styles.Find(style) is null)
        {
            throw Error(element, $"style '{style}' is not declared in <styles>");
        }

        var inlines = new List<Inline>();
        ReadInlines(element, RunFormat.Inherit, inlines);
        return new Paragraph(SettleWhitespace(inlines))
        {
            StyleId = style,
            Format = ReadParagraphFormat(element),
            RunFormat = ReadRunFormat(element),
        };
    }

    private void ReadInlines(XElement parent, RunFormat format, List<Inline> into)
    {
        foreach (var node in parent.Nodes())
        {
            switch (node)
            {
                case XText text:
                    var value = MarkFormattingWhitespace(text.Value);
                    if (value.Length > 0)
                    {
                        into.Add(new TextRun(value) { Format = format });
                    }

                    break;
                case XElement element:
                    ReadInlineElement(element, format, into);
                    break;
            }
        }
    }

    private void ReadInlineElement(XElement element, RunFormat format, List<Inline> into)
    {
        switch (element.Name.LocalName)
        {
            case "b":
                ReadInlines(element, format.Merge(new RunFormat { Bold = true }), into);
                break;
            case "i":
                ReadInlines(element, format.Merge(new RunFormat { Italic = true }), into);
                break;
            case "u":
                ReadInlines(element, format.Merge(new RunFormat { Underline = true }), into);
                break;
            case "span":
                ReadInlines(element, format.Merge(ReadRunFormat(element)), into);
                break;
            case "br":
                into.Add(new LineBreak());
                break;
            case "page-number":
                into.Add(new Field(FieldKind.PageNumber) { Format = format });
                break;
            case "page-count":
                into.Add(new Field(FieldKind.PageCount) { Format = format });
                break;
            case "a":
                var href = element.Attribute("href")!.Value;
                if (!Uri.TryCreate(href, UriKind.Absolute, out var target) || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
                {
                    throw Error(element, $"'{href}' is not an http(s) address");
                }

                var content = new List<Inline>();
                ReadInlines(element, format, content);
                into.Add(new Hyperlink(target, content));
                break;
            default:
                throw Error(element, $"<{element.Name.LocalName}> is not an inline element");
        }
    }

    private Table ReadTable(XElement element)
    {
        var columns = element.Element("columns")!.Elements("column").Select(c => ColumnWidthOf(c)).ToList();
        Length? borderWidth = (string?)element.Attribute("border") is { } border ? (border == "none" ? null : ParseLength(element, "border", border)) : LayoutRules.DefaultBorderWidth;
        var cellPadding = element.Attribute("padding") is { } padding ? ParsePadding(element, padding.Value) : LayoutRules.DefaultCellPadding;
        var grid = new TableGridBuilder(columns.Count);
        var rows = new List<TableRow>();
        var bodyStarted = false;
        foreach (var row in element.Elements("row"))
        {
            var isHeader = (bool?)row.Attribute("header") ?? false;
            if (isHeader && bodyStarted)
            {
                throw Error(row, "header rows must come before all other rows");
            }

            bodyStarted |= !isHeader;
            var repeat = (bool?)row.Attribute("repeat") ?? false;
            if (repeat && !isHeader)
            {
                throw Error(row, "repeat=\"true\" is only for header rows (header=\"true\")");
            }

            var cells = new List<TableCell>();
            foreach (var cell in row.Elements("cell"))
            {
                var span = (int?)cell.Attribute("colspan") ?? 1;
                var rowSpan = (int?)cell.Attribute("rowspan") ?? 1;
                if (grid.Place(span, rowSpan) is null)
                {
                    throw Error(cell, FormattableString.Invariant($"the row has more cells than the table's {columns.Count} columns"));
                }

                cells.Add(new TableCell(ReadBlocks(cell))
                {
                    ColumnSpan = span,
                    RowSpan = rowSpan,
                    VerticalAlignment = (string?)cell.Attribute("valign") switch
                    {
                        "center" => VerticalAlignment.Center,
                        "bottom" => VerticalAlignment.Bottom,
                        _ => VerticalAlignment.Top,
                    },
                });
            }

            if (grid.CoveredColumns < columns.Count)
            {
                throw Error(row, FormattableString.Invariant($"the row's cells cover {grid.CoveredColumns} of the table's {columns.Count} columns"));
            }

            grid.FinishRow();
            rows.Add(new TableRow(cells)
            {
                IsHeader = isHeader,
                RepeatOnNewPage = repeat,
                KeepWithNext = (bool?)row.Attribute("keep-with-next") ?? false,
                AllowSplit = (bool?)row.Attribute("split") ?? true,
                Bookmark = (string?)row.Attribute("bookmark"),
            });
        }

        if (grid.HasOpenRowSpan)
        {
            throw Error(element.Elements("row").LastOrDefault() ?? element, "a rowspan reaches past the last row");
        }

        return new Table(columns, rows)
        {
            Grid = grid.Build(),
            BorderWidth = borderWidth,
            Padding = cellPadding,
        };
    }

    private ColumnWidth ColumnWidthOf(XElement column)
    {
        var text = column.Attribute("width")!.Value;
        if (text.EndsWith('*'))
        {
            return ColumnWidth.Relative(ParseNumber(column, "width", text[..^1]));
        }

        return ColumnWidth.Fixed(ParseLength(column, "width", text));
    }

    private CellPadding ParsePadding(XElement element, string text)
    {
        var parts = text.Split(' ').Select(p => ParseLength(element, "padding", p)).ToArray();
        return parts.Length switch
        {
            1 => new CellPadding(parts[0], parts[0], parts[0], parts[0]),
            2 => new CellPadding(parts[0], parts[1], parts[0], parts[1]),
            3 => new CellPadding(parts[0], parts[1], parts[2], parts[1]),
            _ => new CellPadding(parts[0], parts[1], parts[2], parts[3]),
        };
    }

    private ParagraphFormat ReadParagraphFormat(XElement element) => new()
    {
        Alignment = (string?)element.Attribute("align") switch
        {
            "left" => TextAlignment.Left,
            "center" => TextAlignment.Center,
            "right" => TextAlignment.Right,
            "justify" => TextAlignment.Justify,
            _ => null,
        },
        FirstLineIndent = LengthOf(element, "indent-first"),
        LeftIndent = LengthOf(element, "indent-left"),
        RightIndent = LengthOf(element, "indent-right"),
        SpaceBefore = LengthOf(element, "space-before"),
        SpaceAfter = LengthOf(element, "space-after"),
        LineSpacing = element.Attribute("line-spacing") is { } spacing ? ParseNumber(element, "line-spacing", spacing.Value) : null,
        KeepWithNext = (bool?)element.Attribute("keep-with-next"),
        KeepTogether = (bool?)element.Attribute("keep-together"),
    };

    private RunFormat ReadRunFormat(XElement element) => new()
    {
        Bold = (bool?)element.Attribute("bold"),
        Italic = (bool?)element.Attribute("italic"),
        Underline = (bool?)element.Attribute("underline"),
        Size = LengthOf(element, "size") is { } size && size.Twips > 0 ? size : (element.Attribute("size") is null ? null : throw Error(element, "size must be more than 0")),
        Font = (string?)element.Attribute("font"),
    };

    /// <summary>The schema's xs:date also admits a time zone («2022-01-01Z»); a document date is a plain day.</summary>
    private DateOnly ParseDate(XElement element, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(element, $"created=\"{text}\" is not a date such as 2022-04-27 (no time zone)");

    private double ParseNumber(XElement element, string attribute, string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(element, $"{attribute}=\"{text}\" is not a number such as 1.5");

    private Length? LengthOf(XElement element, string attribute) =>
        element.Attribute(attribute) is { } value ? ParseLength(element, attribute, value.Value) : null;

    private Length ParseLength(XElement element, string attribute, string text) =>
        Length.TryParse(text, out var length) ? length : throw Error(element, $"{attribute}=\"{text}\" is not a length such as 20mm or 12pt");

    /// <summary>A line break in the markup with the indentation around it is template layout, not text.</summary>
    private static string MarkFormattingWhitespace(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var j = i;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r')
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n')
            {
                while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\n')
                {
                    j++;
                }

                result.Append(SoftSpace);
                i = j;
                continue;
            }

            result.Append(text, i, Math.Max(1, j - i));
            i = Math.Max(i + 1, j);
        }

        return result.ToString();
    }

    /// <summary>
    /// Soft spaces vanish at the start and end of the paragraph and beside line breaks; elsewhere
    /// they become one space, as a reader of the template would expect.
    /// </summary>
    private static List<Inline> SettleWhitespace(List<Inline> inlines)
    {
        var settled = new List<Inline>(inlines.Count);
        for (var i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is not TextRun run || !run.Text.Contains(SoftSpace, StringComparison.Ordinal))
            {
                settled.Add(inlines[i] is Hyperlink link ? link with { Inlines = SettleWhitespace([.. link.Inlines]) } : inlines[i]);
                continue;
            }

            var text = run.Text;
            if (i == 0 || inlines[i - 1] is LineBreak)
            {
                text = text.TrimStart(SoftSpace);
            }

            if (i == inlines.Count - 1 || inlines[i + 1] is LineBreak)
            {
                text = text.TrimEnd(SoftSpace);
            }

            text = CollapseSoftSpaces(text);
            if (text.Length > 0)
            {
                settled.Add(run with { Text = text });
            }
        }

        return settled;
    }

    private static string CollapseSoftSpaces(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == SoftSpace)
            {
                if (result.Length == 0 || result[^1] != ' ')
                {
                    result.Append(' ');
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private MarkupException Error(XElement element, string reason)
    {
        var info = (IXmlLineInfo)element;
        return Error(info.LineNumber, info.LinePosition, element.Name.LocalName, reason);
    }

    private MarkupException Error(int line, int column, string? element, string reason)
    {
        // The XML reader gives no position for what it finds missing only at the end (no root
        // element in an empty output, an unclosed element): the end of the markup is the place.
        // The lines are split only here, for the excerpt: a copy of a large markup costs memory.
        var lines = _markup.Split('\n');
        if (line <= 0)
        {
            (line, column) = (lines.Length, lines[^1].Length + 1);
        }

        var excerpt = line >= 1 && line <= lines.Length ? lines[line - 1].Trim() : null;
        if (excerpt is { Length: > 160 })
        {
            var start = Math.Clamp(column - 80, 0, excerpt.Length - 160);
            excerpt = string.Concat("…", excerpt.AsSpan(start, 160), "…");
        }

        return new MarkupException(_templateName, line, column, element, reason, excerpt);
    }

    /// <summary>Turns the schema validator's wording into something a template author can act on.</summary>
    private static string Rephrase(string message) => message
        .Replace("List of possible elements expected:", "Allowed here:", StringComparison.Ordinal)
        .Replace("The 'http://www.w3.org/2001/XMLSchema:", "The '", StringComparison.Ordinal);
}
