using System.Globalization;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Fonts;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Turns the document model into layout elements: styles resolved to concrete formats, lengths
/// in points, lists as paragraphs with hanging bullets, every element told where it is in the
/// document so that errors can say so.
/// </summary>
internal sealed class ElementBuilder(StyleSheet styles, FieldContext fields)
{
    private readonly Dictionary<string, (ParagraphFormat Paragraph, RunFormat Run)> _resolved = new(StringComparer.Ordinal);

    // The words of the places, in the language of the render that builds the elements: chosen once,
    // since a place is written for every block and every cell of a long table.
    private readonly string _block = Localized.Text("block", "блок");
    private readonly string _listItem = Localized.Text("list item", "пункт списка");
    private readonly string _table = Localized.Text("table", "таблица");
    private readonly string _row = Localized.Text("row", "строка");
    private readonly string _cell = Localized.Text("cell", "ячейка");
    private int _tables;

    // Where the elements being built stand in the document's structure (null: page furniture,
    // which has none); whether that part (a cell or a list item with one paragraph) takes its
    // paragraph's text itself; and the heading the title paragraphs in a row make up together.
    private StructureNode? _parent;
    private bool _textInParent;
    private StructureNode? _heading;

    // Whether the paragraph that takes its text into the parent shares it with the text after it
    // (a cell of a signature line before the name): its last line then ends with a space too.
    private bool _sharesText;

    /// <summary>The structure node the built elements belong to (the document's root for a page body); null for headers and footers.</summary>
    public StructureNode? Structure
    {
        get => _parent;
        init => _parent = value;
    }

    public StackElement Stack(IReadOnlyList<Block> blocks, string location)
    {
        var elements = new List<ILayoutElement>();
        for (var b = 0; b < blocks.Count; b++)
        {
            Add(blocks[b], $"{location}, {_block} {Number(b)}", 0, elements);
        }

        return new StackElement(elements);
    }

    private void Add(Block block, string location, int listLevel, List<ILayoutElement> into)
    {
        switch (block)
        {
            case Paragraph paragraph:
                into.Add(ParagraphElement(paragraph, location, listLevel, null, ParagraphNode(paragraph), null));
                break;
            case BulletList list:
                _heading = null;
                AddList(list, location, listLevel, into);
                break;
            case Table table:
                _heading = null;
                into.Add(TableElement(table, location));
                break;
            case PageBreak:
                into.Add(new PageBreakElement());
                break;
        }
    }

    private void AddList(BulletList list, string location, int level, List<ILayoutElement> into)
    {
        var listNode = _parent is null ? null : new StructureNode(StructureRole.L, _parent);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var itemNode = listNode is null ? null : new StructureNode(StructureRole.LI, listNode);
            var label = itemNode is null ? null : new StructureNode(StructureRole.Lbl, itemNode);
            var body = itemNode is null ? null : new StructureNode(StructureRole.LBody, itemNode);
            Within(body, item.Blocks is [Paragraph], () =>
            {
                var first = true;
                foreach (var block in item.Blocks)
                {
                    var where = $"{location}, {_listItem} {Number(i)}";
                    switch (block)
                    {
                        case Paragraph paragraph:
                            into.Add(ParagraphElement(paragraph, where, level + 1, first ? list.Bullet : null, ParagraphNode(paragraph), first ? label : null));
                            break;
                        case BulletList nested:
                            AddList(nested, where, Math.Min(level + 1, 8), into);
                            break;
                        default:
                            Add(block, where, level + 1, into);
                            break;
                    }

                    first = false;
                }

                return 0;
            });
        }
    }

    /// <summary>
    /// The structure node of a paragraph's text: the title paragraphs together make one heading;
    /// a cell or list item holding only this paragraph takes the text itself (no P of its own,
    /// which keeps the tree, and the file, small); any other paragraph is a P.
    /// </summary>
    private StructureNode? ParagraphNode(Paragraph paragraph)
    {
        if (_parent is null)
        {
            return null;
        }

        if (paragraph.StyleId is "title" or "subtitle")
        {
            return _heading ??= new StructureNode(StructureRole.H1, _parent);
        }

        _heading = null;
        return _textInParent ? _parent : new StructureNode(StructureRole.P, _parent);
    }

    /// <summary>Builds with <paramref name="parent"/> as the structure the elements belong to.</summary>
    private T Within<T>(StructureNode? parent, bool textInParent, Func<T> build, bool sharesText = false)
    {
        var (savedParent, savedText, savedHeading, savedShares) = (_parent, _textInParent, _heading, _sharesText);
        (_parent, _textInParent, _heading, _sharesText) = (parent, textInParent && parent is not null, null, sharesText && textInParent);
        try
        {
            return build();
        }
        finally
        {
            (_parent, _textInParent, _heading, _sharesText) = (savedParent, savedText, savedHeading, savedShares);
        }
    }

    private ParagraphElement ParagraphElement(Paragraph paragraph, string location, int indentLevels, string? bullet, StructureNode? node, StructureNode? bulletNode)
    {
        // A style resolves to the same formats every time; most paragraphs add nothing of their own.
        var key = paragraph.StyleId ?? string.Empty;
        if (!_resolved.TryGetValue(key, out var resolved))
        {
            resolved = styles.Resolve(paragraph.StyleId);
            _resolved[key] = resolved;
        }

        var format = paragraph.Format == ParagraphFormat.Inherit ? resolved.Paragraph : resolved.Paragraph.Merge(paragraph.Format);
        var run = paragraph.RunFormat == RunFormat.Inherit ? resolved.Run : resolved.Run.Merge(paragraph.RunFormat);
        var listIndent = LayoutRules.ListIndentPerLevel.Points * indentLevels;
        var layout = new ParagraphLayout(
            format.Alignment ?? TextAlignment.Left,
            bullet is null ? Points(format.FirstLineIndent) : 0,
            Points(format.LeftIndent) + listIndent,
            Points(format.RightIndent),
            Points(format.SpaceBefore),
            Points(format.SpaceAfter),
            format.LineSpacing ?? 1,
            format.KeepWithNext ?? false,
            format.KeepTogether ?? false,
            Style(run));
        return new ParagraphElement(() => Pieces(paragraph.Inlines, run, null), layout, bullet, location) { Node = node, BulletNode = bulletNode, SharesNode = node?.Role == StructureRole.H1 || (_sharesText && node is not null && ReferenceEquals(node, _parent)) };
    }

    private List<TextPiece> Pieces(IEnumerable<Inline> inlines, RunFormat format, Uri? link)
    {
        var pieces = new List<TextPiece>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun text:
                    pieces.Add(new TextPiece(text.Text, Style(text.Format == RunFormat.Inherit ? format : format.Merge(text.Format)), link));
                    break;
                case LineBreak:
                    pieces.Add(new TextPiece(null, Style(format), link));
                    break;
                case Field field:
                    pieces.Add(new TextPiece(fields.Value(field.Kind), Style(format.Merge(field.Format)), link));
                    break;
                case Hyperlink hyperlink:
                    pieces.AddRange(Pieces(hyperlink.Inlines, format, hyperlink.Target));
                    break;
            }
        }

        return pieces;
    }

    private TableElement TableElement(Table table, string location)
    {
        var number = ++_tables;

        // A table without rules or header rows only places text side by side (the signature block:
        // position left, name right): it is no data table to a reader, so it is not tagged as one.
        var layoutOnly = table.BorderWidth is not { Points: > 0 } && !table.Rows.Any(r => r.IsHeader);
        var enclosing = _parent;
        var tableNode = _parent is null || layoutOnly ? null : new StructureNode(StructureRole.Table, _parent);
        var widths = table.ResolveWidths(CurrentWidth).Select(w => w.Points).ToArray();
        var border = table.BorderWidth?.Points ?? 0;
        var insets = new CellInsets(table.Padding.Top.Points + LayoutRules.RowTopRule(border), table.Padding.Right.Points, table.Padding.Bottom.Points, table.Padding.Left.Points);

        // The DOCX gives the word processor the table in parts with a spacer paragraph before each
        // (and the previous part's bottom rule when it has one): the same room is left here.
        var gaps = new double[table.Rows.Count];
        var parts = TablePart.Of(table);
        for (var p = 1; p < parts.Count; p++)
        {
            gaps[parts[p].Start] = LayoutRules.PartGap(border, parts[p - 1].OpenBottom);
        }

        // A row's layout (its cells, their widths, where they are for messages) is made when the
        // pagination reaches the row, not for every row up front: a 20,000-measure table would
        // otherwise hold tens of megabytes of them until its last page.
        TableRowLayout RowLayout(int r)
        {
            var row = table.Rows[r];
            var label = Label(row);
            var rowNode = tableNode is null ? null : new StructureNode(StructureRole.TR, tableNode) { HeadsColumn = row.IsHeader };

            // In a layout table a row of single paragraphs is one line of text, a P («Глава … И.О. Фамилия»);
            // any other row's cells give their blocks to the part around the table, left to right.
            var line = layoutOnly && enclosing is not null && row.Cells.All(c => c.Blocks is [] or [Paragraph]) && row.Cells.Any(c => c.Blocks is [Paragraph { Inlines.Count: > 0 }]);
            var lineNode = line ? new StructureNode(StructureRole.P, enclosing) : null;
            var cells = new TableCellLayout[row.Cells.Count];
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var column = table.Grid.ColumnOf(r, c);
                var where = $"{location} ({_table} {Number(number - 1)}), {_row} {Number(r)}{label}, {_cell} {Number(c)}";
                var spanned = widths.AsSpan(Math.Min(column, widths.Length));
                var cellWidth = PointSum.Of(spanned[..Math.Clamp(cell.ColumnSpan, 0, spanned.Length)]) - insets.Right - insets.Left;
                var blocks = cell.Blocks.Count > 0 ? cell.Blocks : [new Paragraph([])];
                var cellNode = rowNode is null ? null : new StructureNode(row.IsHeader ? StructureRole.TH : StructureRole.TD, rowNode)
                {
                    HeadsColumn = row.IsHeader,
                    RowSpan = cell.RowSpan,
                    ColumnSpan = cell.ColumnSpan,
                };
                var single = blocks is [Paragraph];
                var content = layoutOnly ? lineNode ?? enclosing : cellNode;
                var shares = line && c < row.Cells.Count - 1;
                cells[c] = new TableCellLayout(column, cell.ColumnSpan, cell.VerticalAlignment, () => Within(content, single && (!layoutOnly || line), () => WithWidth(cellWidth, () => Stack(blocks, where)), shares)) { RowSpan = cell.RowSpan, Node = cellNode };
            }

            return new TableRowLayout(r, row, cells, row.Bookmark) { GapBefore = gaps[r], Node = rowNode ?? lineNode };
        }

        return new TableElement(number, table.Rows, RowLayout, table.Grid, new TableGeometry(widths, insets, border)) { PageBodyHeight = PageBodyHeight };
    }

    /// <summary>The height of a page's body, in points: what a table row that may not split is measured against to know whether moving it on would help.</summary>
    public double PageBodyHeight { get; init; } = double.PositiveInfinity;

    /// <summary>The width nested tables resolve their columns against.</summary>
    public Length CurrentWidth { get; set; }

    private T WithWidth<T>(double width, Func<T> build)
    {
        var saved = CurrentWidth;
        CurrentWidth = Length.FromPoints(width);
        try
        {
            return build();
        }
        finally
        {
            CurrentWidth = saved;
        }
    }

    /// <summary>The start of the row's first cell («1.6»), so a reader can find the row.</summary>
    private static string Label(TableRow row)
    {
        var first = row.Cells.Count > 0 ? row.Cells[0].Blocks.OfType<Paragraph>().FirstOrDefault() : null;
        var text = first is null ? string.Empty : string.Concat(first.Inlines.OfType<TextRun>().Select(t => t.Text)).Trim();
        return text.Length == 0 ? string.Empty : $" «{(text.Length > 30 ? text[..30] + "…" : text)}»";
    }

    private static TextStyle Style(RunFormat format) =>
        new(BundledFonts.FaceOf(format.Bold ?? false, format.Italic ?? false), (format.Size ?? LayoutRules.DefaultFontSize).Points, format.Underline ?? false);

    private static double Points(Length? length) => length?.Points ?? 0;

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
