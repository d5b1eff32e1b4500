using System.Xml;
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
    private readonly MarkupLimits _limits;
    private readonly MarkupErrors _errors;
    private readonly MarkupAttributes _attributes;
    private readonly MarkupFormats _formats;
    private readonly System.Text.StringBuilder _text = new();
    private XmlReader _xml = null!;

    /// <summary>The first piece of a run's text, kept as the reader gave it; <see cref="_text"/> is used only from a second piece on.</summary>
    private string? _firstPiece;

    private StyleSheet _styles = new() { DefaultParagraph = ParagraphFormat.Inherit, DefaultRun = RunFormat.Inherit, Styles = [] };

    private MarkupReader(string templateName, IMarkupSource markup, MarkupLimits limits)
    {
        _limits = limits;
        _errors = new MarkupErrors(templateName, markup);
        _attributes = new MarkupAttributes(_errors);
        _formats = new MarkupFormats(_attributes, _errors);
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
        try
        {
            using var xml = _errors.Open(_limits);
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
            throw _errors.From(ex);
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
            throw _errors.At(root, SchemaErrorWording.NotDocument());
        }

        var info = new DocumentInfo
        {
            Title = root.Attribute("title"),
            Author = root.Attribute("author"),
            Subject = root.Attribute("subject"),
            Keywords = root.Attribute("keywords"),
            Language = root.Attribute("lang") ?? "ru-RU",
            Created = root.Attribute("created") is { } created ? _attributes.ParseDate(root, created) : null,
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
                throw _errors.At(style, Localized.Text($"style '{id}' is based on '{basedOn}', which is not declared before it", $"стиль '{id}' основан на '{basedOn}', который не объявлен перед ним"));
            }

            styles.Add(new ParagraphStyle(id, style.Attribute("name") ?? id, basedOn, _formats.Paragraph(style), _formats.Run(style)));
        });

        return new StyleSheet { DefaultParagraph = _formats.Paragraph(element), DefaultRun = _formats.Run(element), Styles = styles };
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
            MarginTop = _attributes.LengthOf(element, "margin-top") ?? defaults.MarginTop,
            MarginBottom = _attributes.LengthOf(element, "margin-bottom") ?? defaults.MarginBottom,
            MarginLeft = _attributes.LengthOf(element, "margin-left") ?? defaults.MarginLeft,
            MarginRight = _attributes.LengthOf(element, "margin-right") ?? defaults.MarginRight,
            HeaderDistance = _attributes.LengthOf(element, "header-distance") ?? defaults.HeaderDistance,
            FooterDistance = _attributes.LengthOf(element, "footer-distance") ?? defaults.FooterDistance,
        };

        if (page.ContentWidth.Twips < Length.FromMillimetres(20).Twips || page.PageHeight - page.MarginTop - page.MarginBottom < Length.FromMillimetres(20))
        {
            throw _errors.At(element, Localized.Text("the margins leave less than 20 mm for the text", "поля оставляют для текста меньше 20 мм"));
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
                throw _errors.At(child, first
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
        var other => throw _errors.At(element, Localized.Text($"<{other}> is not a block element", $"<{other}> — не блочный элемент")),
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
            throw _errors.At(element, Localized.Text($"style '{style}' is not declared in <styles>", $"стиль '{style}' не объявлен в <styles>"));
        }

        var inlines = new List<Inline>();
        ReadInlines(RunFormat.Inherit, inlines);
        return new Paragraph(MarkupWhitespace.Settle(inlines))
        {
            // The declared style's own name: a large report has a paragraph style per cell, and the
            // XML reader gives each attribute value as a string of its own.
            StyleId = style is null ? null : _styles.Find(style)!.Id,
            Format = _formats.Paragraph(element),
            RunFormat = _formats.Run(element),
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
        var value = MarkupWhitespace.Mark(text);
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
                ReadInlines(_formats.Share(format.Merge(new RunFormat { Bold = true })), into);
                break;
            case "i":
                ReadInlines(_formats.Share(format.Merge(new RunFormat { Italic = true })), into);
                break;
            case "u":
                ReadInlines(_formats.Share(format.Merge(new RunFormat { Underline = true })), into);
                break;
            case "span":
                ReadInlines(_formats.Share(format.Merge(_formats.Run(element))), into);
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
                    throw _errors.At(element, Localized.Text($"'{href}' is not an http(s) address", $"'{href}' — не адрес 'http://' или 'https://'"));
                }

                var content = new List<Inline>();
                ReadInlines(format, content);
                into.Add(new Hyperlink(target, content));
                break;
            default:
                throw _errors.At(element, Localized.Text($"<{element.Name}> is not an inline element", $"<{element.Name}> — не строчный элемент"));
        }
    }

    private Table ReadTable(MarkupElement element)
    {
        Length? borderWidth = element.Attribute("border") is { } border ? (border == "none" ? null : _attributes.ParseLength(element, "border", border)) : LayoutRules.DefaultBorderWidth;
        var cellPadding = element.Attribute("padding") is { } padding ? _attributes.ParsePadding(element, padding) : LayoutRules.DefaultCellPadding;
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
                ForEachChild(column => columns.Add(_attributes.ColumnWidthOf(column)));
                grid = new TableGridBuilder(columns.Count);
                return;
            }

            lastRow = child;
            var isHeader = child.Flag("header") ?? false;
            if (isHeader && bodyStarted)
            {
                throw _errors.At(child, Localized.Text("header rows must come before all other rows", "строки заголовка должны идти перед всеми остальными строками"));
            }

            bodyStarted |= !isHeader;
            var repeat = child.Flag("repeat") ?? false;
            if (repeat && !isHeader)
            {
                throw _errors.At(child, Localized.Text("repeat=\"true\" is only for header rows (header=\"true\")", "'repeat'=\"true\" допустимо только у строк заголовка ('header'=\"true\")"));
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
            throw _errors.At(lastRow ?? element, Localized.Text("a rowspan reaches past the last row", "объединение строк ('rowspan') выходит за последнюю строку"));
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
            var span = _attributes.SpanOf(cell, "colspan");
            var rowSpan = _attributes.SpanOf(cell, "rowspan");
            if (grid.Place(span, rowSpan) is null)
            {
                var columns = MessageNumber.Count(columnCount);
                throw _errors.At(cell, Localized.Text($"the row has more cells than the table's {columns} columns", $"в строке больше ячеек, чем столбцов в таблице ({columns})"));
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
            throw _errors.At(row, Localized.Text($"the row's cells cover {covered} of the table's {columns} columns", $"ячейки строки занимают {covered} из {columns} {ofColumns} таблицы"));
        }

        grid.FinishRow();
        return [.. cells];
    }
}
