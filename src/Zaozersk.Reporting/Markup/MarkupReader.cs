using System.Globalization;
using System.Xml;
using System.Xml.Schema;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Localization;

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
    private readonly IMarkupSource _markup;
    private readonly MarkupLimits _limits;
    private readonly System.Text.StringBuilder _text = new();
    private readonly Dictionary<ParagraphFormat, ParagraphFormat> _paragraphFormats = [];
    private readonly Dictionary<RunFormat, RunFormat> _runFormats = [];
    private XmlReader _xml = null!;

    /// <summary>The first piece of a run's text, kept as the reader gave it; <see cref="_text"/> is used only from a second piece on.</summary>
    private string? _firstPiece;

    private StyleSheet _styles = new() { DefaultParagraph = ParagraphFormat.Inherit, DefaultRun = RunFormat.Inherit, Styles = [] };

    private MarkupReader(string templateName, IMarkupSource markup, MarkupLimits limits)
    {
        _templateName = templateName;
        _limits = limits;
        _markup = markup;
    }

    /// <summary>Reads <paramref name="markup"/>, produced by <paramref name="templateName"/>, within <paramref name="limits"/>.</summary>
    public static Document Read(IMarkupSource markup, string templateName, MarkupLimits? limits = null) =>
        new MarkupReader(templateName, markup, limits ?? MarkupLimits.Default).Read();

    /// <summary>Reads <paramref name="markup"/> given as one string (tests and small inputs).</summary>
    public static Document Read(string markup, string templateName, MarkupLimits? limits = null) =>
        Read(new MarkupText(markup), templateName, limits);

    /// <summary>
    /// Reads the markup in one pass, element by element, straight into the document model: no XML
    /// tree is built, so a large report holds its markup and its model, never a third copy. The
    /// validating reader checks each element against the schema as it is met.
    /// </summary>
    private Document Read()
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

        // Warnings (such as an element the schema does not declare at all) are errors here. The
        // breach is worded while the validating reader still stands on the node at fault.
        LimitedXmlReader? limited = null;
        settings.ValidationEventHandler += (sender, e) =>
        {
            var (element, reason) = SchemaErrorWording.Describe(sender as XmlReader, e.Message, limited?.OpenElement);
            throw Error(e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0, element, reason);
        };
        try
        {
            using var xml = new LimitedXmlReader(XmlReader.Create(_markup.OpenReader(), settings), _limits, (line, column, element, reason, pastBlockLimit) => new MarkupException(_templateName, line, column, element, reason, excerpt: null) { PastBlockLimit = pastBlockLimit });
            limited = xml;
            _xml = xml;
            xml.MoveToContent();
            var document = ReadDocument();

            // Whatever follows the root (nothing but whitespace is allowed) is read to the end, where
            // the XML reader reports anything else.
            while (xml.Read())
            {
            }

            return document;
        }
        catch (XmlException ex)
        {
            throw Error(ex.LineNumber, ex.LinePosition, null, XmlErrorWording.Describe(ex));
        }
    }

    /// <summary>
    /// Moves to the next child element of the element at <paramref name="parentDepth"/>, skipping
    /// whitespace between elements; false at the parent's end tag. Each child's reader leaves the
    /// XML reader on that child's last node, so the next call continues after it.
    /// </summary>
    private bool NextChild(int parentDepth)
    {
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement when _xml.Depth == parentDepth:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Calls <paramref name="child"/> on each child element of the element the reader is on.</summary>
    private void ForEachChild(Action<MarkupElement> child)
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        var depth = _xml.Depth;
        while (NextChild(depth))
        {
            child(MarkupElement.From(_xml));
        }
    }

    private Document ReadDocument()
    {
        var root = MarkupElement.From(_xml);
        if (_xml.NodeType != XmlNodeType.Element || root.Name != "document" || _xml.NamespaceURI.Length != 0)
        {
            throw Error(root, SchemaErrorWording.NotDocument());
        }

        var info = new DocumentInfo
        {
            Title = root.Attribute("title"),
            Author = root.Attribute("author"),
            Subject = root.Attribute("subject"),
            Keywords = root.Attribute("keywords"),
            Language = root.Attribute("lang") ?? "ru-RU",
            Created = root.Attribute("created") is { } created ? ParseDate(root, created) : null,
        };

        // The schema puts <styles> before the sections, so every style is known before it is used.
        var sections = new List<PageSection>();
        ForEachChild(element =>
        {
            if (element.Name == "styles")
            {
                _styles = ReadStyles(element);
            }
            else
            {
                sections.Add(ReadSection(element));
            }
        });
        return new Document { Info = info, Styles = _styles, Sections = sections };
    }

    private StyleSheet ReadStyles(MarkupElement element)
    {
        var styles = new List<ParagraphStyle>();
        ForEachChild(style =>
        {
            var id = style.Attribute("id")!;
            var basedOn = style.Attribute("based-on");
            if (basedOn is not null && styles.All(s => s.Id != basedOn))
            {
                throw Error(style, Localized.Text($"style '{id}' is based on '{basedOn}', which is not declared before it", $"стиль '{id}' основан на '{basedOn}', который не объявлен перед ним"));
            }

            styles.Add(new ParagraphStyle(id, style.Attribute("name") ?? id, basedOn, ReadParagraphFormat(style), ReadRunFormat(style)));
        });

        return new StyleSheet { DefaultParagraph = ReadParagraphFormat(element), DefaultRun = ReadRunFormat(element), Styles = styles };
    }

    private PageSection ReadSection(MarkupElement element)
    {
        var size = element.Attribute("size") ?? "A4";
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
            Orientation = element.Attribute("orientation") == "landscape" ? PageOrientation.Landscape : PageOrientation.Portrait,
            MarginTop = LengthOf(element, "margin-top") ?? defaults.MarginTop,
            MarginBottom = LengthOf(element, "margin-bottom") ?? defaults.MarginBottom,
            MarginLeft = LengthOf(element, "margin-left") ?? defaults.MarginLeft,
            MarginRight = LengthOf(element, "margin-right") ?? defaults.MarginRight,
            HeaderDistance = LengthOf(element, "header-distance") ?? defaults.HeaderDistance,
            FooterDistance = LengthOf(element, "footer-distance") ?? defaults.FooterDistance,
        };

        if (page.ContentWidth.Twips < Length.FromMillimetres(20).Twips || page.PageHeight - page.MarginTop - page.MarginBottom < Length.FromMillimetres(20))
        {
            throw Error(element, Localized.Text("the margins leave less than 20 mm for the text", "поля оставляют для текста меньше 20 мм"));
        }

        HeaderFooter? header = null, firstHeader = null, footer = null, firstFooter = null;
        var blocks = new List<Block>();
        ForEachChild(child =>
        {
            if (child.Name is not ("header" or "footer"))
            {
                blocks.Add(ReadBlock(child));
                return;
            }

            var first = child.Attribute("page") == "first";
            var content = new HeaderFooter(ReadBlocks());
            ref var slot = ref (child.Name == "header" ? ref (first ? ref firstHeader : ref header) : ref (first ? ref firstFooter : ref footer));
            if (slot is not null)
            {
                throw Error(child, first
                    ? Localized.Text($"a second <{child.Name}> for the first page", $"второй <{child.Name}> для первой страницы")
                    : Localized.Text($"a second <{child.Name}> for the default page", $"второй <{child.Name}> для обычных страниц"));
            }

            slot = content;
        });

        return new PageSection { Page = page, Header = header, Footer = footer, FirstHeader = firstHeader, FirstFooter = firstFooter, Blocks = blocks };
    }

    /// <summary>The block children of the element the reader is on.</summary>
    private Block[] ReadBlocks()
    {
        var blocks = new List<Block>();
        ForEachChild(element => blocks.Add(ReadBlock(element)));

        // The model of a long table holds a block list per cell for the whole render: exact
        // arrays, without a list around each and its spare room (about 10 MB for 20,000 measures).
        return [.. blocks];
    }

    private Block ReadBlock(MarkupElement element) => element.Name switch
    {
        "p" => ReadParagraph(element),
        "list" => ReadList(element),
        "table" => ReadTable(element),
        "page-break" => new PageBreak(),
        var other => throw Error(element, Localized.Text($"<{other}> is not a block element", $"<{other}> — не блочный элемент")),
    };

    private BulletList ReadList(MarkupElement element)
    {
        var items = new List<ListItem>();
        ForEachChild(_ => items.Add(new ListItem(ReadBlocks())));
        return new BulletList(items) { Bullet = element.Attribute("bullet") ?? "•" };
    }

    private Paragraph ReadParagraph(MarkupElement element)
    {
        var style = element.Attribute("style");
        if (style is not null && _styles.Find(style) is null)
        {
            throw Error(element, Localized.Text($"style '{style}' is not declared in <styles>", $"стиль '{style}' не объявлен в <styles>"));
        }

        var inlines = new List<Inline>();
        ReadInlines(RunFormat.Inherit, inlines);
        return new Paragraph(SettleWhitespace(inlines))
        {
            // The declared style's own name: a large report has a paragraph style per cell, and the
            // XML reader gives each attribute value as a string of its own.
            StyleId = style is null ? null : _styles.Find(style)!.Id,
            Format = ReadParagraphFormat(element),
            RunFormat = ReadRunFormat(element),
        };
    }

    /// <summary>
    /// Reads the mixed content of the element the reader is on. Adjacent text pieces (split by a
    /// comment the reader skips) make one run; a CDATA section is a run of its own.
    /// </summary>
    private void ReadInlines(RunFormat format, List<Inline> into)
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        var depth = _xml.Depth;
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    AppendText(_xml.Value);
                    break;
                case XmlNodeType.CDATA:
                    AddText(format, into);
                    AppendText(_xml.Value);
                    AddText(format, into);
                    break;
                case XmlNodeType.Element:
                    AddText(format, into);
                    ReadInlineElement(MarkupElement.From(_xml), format, into);
                    break;
                case XmlNodeType.EndElement when _xml.Depth == depth:
                    AddText(format, into);
                    return;
            }
        }
    }

    /// <summary>Adds a piece of a run's text; a run of one piece (the usual case) is never copied.</summary>
    private void AppendText(string piece)
    {
        if (_firstPiece is null)
        {
            _firstPiece = piece;
            return;
        }

        if (_text.Length == 0)
        {
            _text.Append(_firstPiece);
        }

        _text.Append(piece);
    }

    /// <summary>Adds the text gathered so far as one run.</summary>
    private void AddText(RunFormat format, List<Inline> into)
    {
        if (_firstPiece is null)
        {
            return;
        }

        var text = _text.Length > 0 ? _text.ToString() : _firstPiece;
        _firstPiece = null;
        _text.Clear();
        var value = MarkFormattingWhitespace(text);
        if (value.Length > 0)
        {
            into.Add(new TextRun(value) { Format = format });
        }
    }

    private void ReadInlineElement(MarkupElement element, RunFormat format, List<Inline> into)
    {
        switch (element.Name)
        {
            case "b":
                ReadInlines(Shared(_runFormats, format.Merge(new RunFormat { Bold = true })), into);
                break;
            case "i":
                ReadInlines(Shared(_runFormats, format.Merge(new RunFormat { Italic = true })), into);
                break;
            case "u":
                ReadInlines(Shared(_runFormats, format.Merge(new RunFormat { Underline = true })), into);
                break;
            case "span":
                ReadInlines(Shared(_runFormats, format.Merge(ReadRunFormat(element))), into);
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
                var href = element.Attribute("href")!;
                if (!Uri.TryCreate(href, UriKind.Absolute, out var target) || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
                {
                    throw Error(element, Localized.Text($"'{href}' is not an http(s) address", $"'{href}' — не адрес 'http://' или 'https://'"));
                }

                var content = new List<Inline>();
                ReadInlines(format, content);
                into.Add(new Hyperlink(target, content));
                break;
            default:
                throw Error(element, Localized.Text($"<{element.Name}> is not an inline element", $"<{element.Name}> — не строчный элемент"));
        }
    }

    private Table ReadTable(MarkupElement element)
    {
        Length? borderWidth = element.Attribute("border") is { } border ? (border == "none" ? null : ParseLength(element, "border", border)) : LayoutRules.DefaultBorderWidth;
        var cellPadding = element.Attribute("padding") is { } padding ? ParsePadding(element, padding) : LayoutRules.DefaultCellPadding;
        var columns = new List<ColumnWidth>();
        var rows = new List<TableRow>();
        TableGridBuilder? grid = null;
        MarkupElement? lastRow = null;
        var bodyStarted = false;

        // The schema puts <columns> first, so the grid is known before the first row.
        ForEachChild(child =>
        {
            if (child.Name == "columns")
            {
                ForEachChild(column => columns.Add(ColumnWidthOf(column)));
                grid = new TableGridBuilder(columns.Count);
                return;
            }

            lastRow = child;
            var isHeader = child.Flag("header") ?? false;
            if (isHeader && bodyStarted)
            {
                throw Error(child, Localized.Text("header rows must come before all other rows", "строки заголовка должны идти перед всеми остальными строками"));
            }

            bodyStarted |= !isHeader;
            var repeat = child.Flag("repeat") ?? false;
            if (repeat && !isHeader)
            {
                throw Error(child, Localized.Text("repeat=\"true\" is only for header rows (header=\"true\")", "'repeat'=\"true\" допустимо только у строк заголовка ('header'=\"true\")"));
            }

            rows.Add(new TableRow(ReadCells(child, grid!, columns.Count))
            {
                IsHeader = isHeader,
                RepeatOnNewPage = repeat,
                KeepWithNext = child.Flag("keep-with-next") ?? false,
                AllowSplit = child.Flag("split") ?? true,
                Bookmark = child.Attribute("bookmark"),
            });
        });

        grid ??= new TableGridBuilder(columns.Count);
        if (grid.HasOpenRowSpan)
        {
            throw Error(lastRow ?? element, Localized.Text("a rowspan reaches past the last row", "объединение строк ('rowspan') выходит за последнюю строку"));
        }

        return new Table(columns, rows)
        {
            Grid = grid.Build(),
            BorderWidth = borderWidth,
            Padding = cellPadding,
        };
    }

    private TableCell[] ReadCells(MarkupElement row, TableGridBuilder grid, int columnCount)
    {
        var cells = new List<TableCell>();
        ForEachChild(cell =>
        {
            var span = SpanOf(cell, "colspan");
            var rowSpan = SpanOf(cell, "rowspan");
            if (grid.Place(span, rowSpan) is null)
            {
                var columns = MessageNumber.Count(columnCount);
                throw Error(cell, Localized.Text($"the row has more cells than the table's {columns} columns", $"в строке больше ячеек, чем столбцов в таблице ({columns})"));
            }

            var valign = cell.Attribute("valign");
            cells.Add(new TableCell(ReadBlocks())
            {
                ColumnSpan = span,
                RowSpan = rowSpan,
                VerticalAlignment = valign switch
                {
                    "center" => VerticalAlignment.Center,
                    "bottom" => VerticalAlignment.Bottom,
                    _ => VerticalAlignment.Top,
                },
            });
        });

        if (grid.CoveredColumns < columnCount)
        {
            var (covered, columns) = (MessageNumber.Count(grid.CoveredColumns), MessageNumber.Count(columnCount));
            var ofColumns = MessageNumber.RussianNoun(columnCount, "столбца", "столбцов", "столбцов");
            throw Error(row, Localized.Text($"the row's cells cover {covered} of the table's {columns} columns", $"ячейки строки занимают {covered} из {columns} {ofColumns} таблицы"));
        }

        grid.FinishRow();
        return [.. cells];
    }

    /// <summary>A colspan or rowspan (the schema admits only positive integers, of any size).</summary>
    private int SpanOf(MarkupElement cell, string attribute) => cell.Attribute(attribute) switch
    {
        null => 1,
        var text when int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var span) => span,
        var text => throw Error(cell, Localized.Text($"{attribute}=\"{text.Trim()}\" is more cells than a table can have", $"'{attribute}'=\"{text.Trim()}\" — больше ячеек, чем может быть в таблице")),
    };

    private ColumnWidth ColumnWidthOf(MarkupElement column)
    {
        var text = column.Attribute("width")!;
        if (text.EndsWith('*'))
        {
            return ColumnWidth.Relative(ParseNumber(column, "width", text[..^1]));
        }

        return ColumnWidth.Fixed(ParseLength(column, "width", text));
    }

    private CellPadding ParsePadding(MarkupElement element, string text)
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

    private ParagraphFormat ReadParagraphFormat(MarkupElement element) => Shared(_paragraphFormats, new ParagraphFormat
    {
        Alignment = element.Attribute("align") switch
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
        LineSpacing = element.Attribute("line-spacing") is { } spacing ? ParseNumber(element, "line-spacing", spacing) : null,
        KeepWithNext = element.Flag("keep-with-next"),
        KeepTogether = element.Flag("keep-together"),
    });

    private RunFormat ReadRunFormat(MarkupElement element) => Shared(_runFormats, new RunFormat
    {
        Bold = element.Flag("bold"),
        Italic = element.Flag("italic"),
        Underline = element.Flag("underline"),
        Size = LengthOf(element, "size") is { } size && size.Twips > 0 ? size : (element.Attribute("size") is null ? null : throw Error(element, Localized.Text("size must be more than 0", "'size' должен быть больше 0"))),
        Font = element.Attribute("font"),
    });

    /// <summary>
    /// One instance per distinct format: a report repeats a handful of formats on every paragraph
    /// and run, and each copy would otherwise stay in memory with the document model.
    /// </summary>
    private static T Shared<T>(Dictionary<T, T> known, T format)
        where T : notnull
    {
        if (known.TryGetValue(format, out var shared))
        {
            return shared;
        }

        known.Add(format, format);
        return format;
    }

    /// <summary>The schema's xs:date also admits a time zone («2022-01-01Z»); a document date is a plain day.</summary>
    private DateOnly ParseDate(MarkupElement element, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(element, Localized.Text($"created=\"{text}\" is not a date such as 2022-04-27 (no time zone)", $"'created'=\"{text}\" — не дата вида 2022-04-27 (без часового пояса)"));

    private double ParseNumber(MarkupElement element, string attribute, string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(element, Localized.Text($"{attribute}=\"{text}\" is not a number such as 1.5", $"'{attribute}'=\"{text}\" — не число вида 1.5"));

    private Length? LengthOf(MarkupElement element, string attribute) =>
        element.Attribute(attribute) is { } value ? ParseLength(element, attribute, value) : null;

    private Length ParseLength(MarkupElement element, string attribute, string text) =>
        Length.TryParse(text, out var length) ? length : throw Error(element, Localized.Text($"{attribute}=\"{text}\" is not a length such as 20mm or 12pt", $"'{attribute}'=\"{text}\" — не длина вида 20mm или 12pt"));

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
    private static Inline[] SettleWhitespace(List<Inline> inlines)
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

        return [.. settled];
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

    private MarkupException Error(MarkupElement element, string reason) => Error(element.Line, element.Column, element.Name, reason);

    private MarkupException Error(int line, int column, string? element, string reason)
    {
        // The XML reader gives no position for what it finds missing only at the end (no root
        // element in an empty output, an unclosed element): the end of the markup is the place.
        var (text, lineCount) = _markup.FindLine(line);
        if (line <= 0)
        {
            (line, column) = (lineCount, (text?.Length ?? 0) + 1);
        }

        var excerpt = text?.Trim();
        if (excerpt is { Length: > 160 })
        {
            var start = Math.Clamp(column - 80, 0, excerpt.Length - 160);
            excerpt = string.Concat("…", excerpt.AsSpan(start, 160), "…");
        }

        return new MarkupException(_templateName, line, column, element, reason, excerpt);
    }
}
