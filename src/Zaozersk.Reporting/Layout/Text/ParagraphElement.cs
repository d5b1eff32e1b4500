using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// A paragraph: broken into lines for the width it is given, then placed line by line, so a long
/// paragraph continues on the next page exactly where it stopped. A list item's bullet hangs in
/// the indent before its first line.
/// </summary>
internal sealed class ParagraphElement(Func<IReadOnlyList<TextPiece>> pieces, ParagraphLayout layout, string? bullet, string location) : ILayoutElement
{
    private List<TextLine>? _lines;
    private double _linesWidth = double.NaN;
    private int _next;
    private Dictionary<Uri, StructureNode>? _linkNodes;

    /// <summary>The structure node the paragraph's text belongs to (P, H1, a cell, a list item's body); null for page furniture.</summary>
    public StructureNode? Node { get; init; }

    /// <summary>Whether the paragraph shares its node with the next (the title's lines): its last line then ends with a space too.</summary>
    public bool SharesNode { get; init; }

    /// <summary>The structure node of the list item's bullet (Lbl).</summary>
    public StructureNode? BulletNode { get; init; }

    public bool KeepWithNext => layout.KeepWithNext;

    public bool IsComplete => _lines is not null && _next >= _lines.Count;

    public SpacePlan Measure(double width, double height, bool firstOnPage) => Plan(width, height).Plan;

    public void Reset() => _next = 0;

    public void Draw(PageCanvas canvas, double x, double y, double width, double height, bool firstOnPage)
    {
        var (plan, count, top) = Plan(width, height);
        if (plan.Kind is SpaceKind.Empty or SpaceKind.Wrap)
        {
            return;
        }

        var lines = Lines(width);
        var lineTop = y + top;
        var run = new RunBuilder(canvas, Node);
        for (var i = _next; i < _next + count; i++)
        {
            DrawLine(canvas, run, lines[i], i == 0, i == lines.Count - 1, x, lineTop, width);
            lineTop += lines[i].Height;
        }

        _next += count;
    }

    /// <summary>How many lines fit from the current one, and the space above them.</summary>
    private (SpacePlan Plan, int Count, double Top) Plan(double width, double height)
    {
        var lines = Lines(width);
        if (_next >= lines.Count)
        {
            return (SpacePlan.Empty, 0, 0);
        }

        var top = _next == 0 ? layout.SpaceBefore : 0;
        var used = top;
        var count = 0;
        for (var i = _next; i < lines.Count && used + lines[i].Height <= height + LayoutRules.Tolerance; i++)
        {
            used += lines[i].Height;
            count++;
        }

        var remaining = lines.Count - _next;
        if (count == 0 || (layout.KeepTogether && _next == 0 && count < remaining))
        {
            return (SpacePlan.Wrap, 0, 0);
        }

        return count == remaining
            ? (SpacePlan.Full(Math.Min(height, used + layout.SpaceAfter)), count, top)
            : (SpacePlan.Partial(used), count, top);
    }

    private List<TextLine> Lines(double width)
    {
        if (_lines is null || _linesWidth != width)
        {
            var text = width - layout.LeftIndent - layout.RightIndent;
            _lines = LineBreaker.Break(pieces(), Math.Max(1, text - layout.FirstLineIndent), Math.Max(1, text), layout.BaseStyle, layout.LineSpacing, location);
            _linesWidth = width;
        }

        return _lines;
    }

    private void DrawLine(PageCanvas canvas, RunBuilder run, TextLine line, bool first, bool last, double x, double top, double width)
    {
        var start = x + layout.LeftIndent + (first ? layout.FirstLineIndent : 0);
        var available = width - layout.LeftIndent - layout.RightIndent - (first ? layout.FirstLineIndent : 0);
        var baseline = top + line.Ascent;
        var slack = Math.Max(0, available - line.Width);
        var justify = layout.Alignment == TextAlignment.Justify && !line.EndsParagraphOrBreak && line.Spaces > 0;
        var offset = layout.Alignment switch
        {
            TextAlignment.Center => slack / 2,
            TextAlignment.Right => slack,
            _ => 0,
        };
        var stretch = justify ? slack / line.Spaces : 0;

        if (first && bullet is not null)
        {
            var style = line.Fragments.Count > 0 ? line.Fragments[0].Style : layout.BaseStyle;
            canvas.Add(new TextItem(x + layout.LeftIndent - LayoutRules.ListIndentPerLevel.Points, baseline, style.Width(bullet), bullet, style.Face, style.Size) { Node = BulletNode });
        }

        var shift = 0.0;
        run.Baseline = baseline;

        // The end of a link or underlined word just drawn on its own: the space after it is not in a run.
        var alone = false;
        var (aloneStyle, aloneEnd) = (layout.BaseStyle, 0.0);
        foreach (var fragment in line.Fragments)
        {
            var left = start + offset + fragment.X + shift;
            if (fragment.IsSpace)
            {
                shift += stretch;

                // Left, centred and right lines draw spaces as text, so copied text keeps them; tagged
                // text keeps them in justified lines too, after each word, so a screen reader
                // reading the structure hears separate words (ISO 32000-1, 14.8.2.5).
                if (alone && Node is not null && fragment.Link is null)
                {
                    // After a link or an underlined word the run is empty and would drop the space: tagged text draws it alone.
                    TaggedSpace(canvas, fragment.Style, left, baseline);
                }
                else if ((!justify || Node is not null) && fragment.Link is null)
                {
                    run.AppendSpace(fragment);
                }

                alone = false;
                continue;
            }

            if (fragment.Link is not null || fragment.Style.Underline)
            {
                run.Flush();
                var node = LinkNode(fragment.Link);
                canvas.Add(new TextItem(left, baseline, fragment.Width, fragment.Text, fragment.Style.Face, fragment.Style.Size) { Node = node });
                Decorate(canvas, fragment, left, top, baseline, line.Height, node);
                (alone, aloneStyle, aloneEnd) = (true, fragment.Style, left + fragment.Width);
                continue;
            }

            alone = false;
            if (justify || !run.Continues(fragment, left))
            {
                run.Flush();
            }

            run.Append(fragment, left);
        }

        // Tagged text ends a line that breaks between words (at a space or a line break) with a
        // space; a word broken at a hyphen, a slash or by force is not split by one.
        if (Node is not null && ((!last && (line.EndsAtSpace || line.EndsParagraphOrBreak)) || (last && SharesNode)))
        {
            if (alone)
            {
                TaggedSpace(canvas, aloneStyle, aloneEnd, baseline);
            }
            else
            {
                run.AppendLineEnd();
            }
        }

        run.Flush();
    }

    /// <summary>A space of the paragraph's tagged text drawn on its own (drawn, not measured: it takes no room).</summary>
    private void TaggedSpace(PageCanvas canvas, TextStyle style, double left, double baseline) =>
        canvas.Add(new TextItem(left, baseline, 0, " ", style.Face, style.Size) { Node = Node });

    /// <summary>
    /// The structure node of a hyperlink in this paragraph: one for all its pieces (they share the
    /// target object), on whatever lines and pages they fall. Text that is not a link keeps the paragraph's node.
    /// </summary>
    private StructureNode? LinkNode(Uri? link)
    {
        if (link is null || Node is null)
        {
            return Node;
        }

        _linkNodes ??= new Dictionary<Uri, StructureNode>(ReferenceEqualityComparer.Instance);
        if (!_linkNodes.TryGetValue(link, out var node))
        {
            node = new StructureNode(StructureRole.Link, Node);
            _linkNodes[link] = node;
        }

        return node;
    }

    private static void Decorate(PageCanvas canvas, TextFragment fragment, double left, double top, double baseline, double height, StructureNode? node)
    {
        if (fragment.Style.Underline)
        {
            var (offset, thickness) = fragment.Style.UnderlineGeometry;
            canvas.Add(new RuleItem(left, baseline + offset, left + fragment.Width, baseline + offset, thickness));
        }

        if (fragment.Link is { } link)
        {
            canvas.Add(new LinkItem(left, top, fragment.Width, height, link) { Node = node });
        }
    }

    /// <summary>Joins the words (and spaces) of one style that follow each other into one text item.</summary>
    private sealed class RunBuilder(PageCanvas canvas, StructureNode? node)
    {
        // The text of the run being joined, reused by every paragraph drawn on a thread (a paragraph's drawing never draws another).
        [ThreadStatic]
        private static System.Text.StringBuilder? t_text;

        private readonly System.Text.StringBuilder _text = (t_text ??= new System.Text.StringBuilder(256)).Clear();

        public double Baseline { get; set; }
        private TextStyle _style;
        private double _x;
        private double _width;

        public bool Continues(TextFragment fragment, double left) =>
            _text.Length > 0 && _style.Face == fragment.Style.Face && _style.Size == fragment.Style.Size && Math.Abs(_x + _width - left) < LayoutRules.Tolerance;

        public void Append(TextFragment fragment, double left)
        {
            if (_text.Length == 0)
            {
                _style = fragment.Style;
                _x = left;
                _width = 0;
            }

            _text.Append(fragment.Span);
            if (fragment.Hyphen)
            {
                _text.Append('-');
            }

            _width += fragment.Width;
        }

        public void AppendSpace(TextFragment space)
        {
            if (_text.Length > 0 && _style.Face == space.Style.Face && _style.Size == space.Style.Size)
            {
                _text.Append(' ');
                _width += space.Width;
            }
        }

        /// <summary>A space after the line's last word, not counted in its width.</summary>
        public void AppendLineEnd()
        {
            if (_text.Length > 0 && _text[^1] != ' ')
            {
                _text.Append(' ');
                _width += _style.Width(' ');
            }
        }

        public void Flush()
        {
            var length = _text.Length;
            while (length > 0 && _text[length - 1] == ' ')
            {
                length--;
            }

            if (length > 0)
            {
                // Tagged text keeps its trailing space (a word break a reader needs); it is drawn but not measured.
                var text = node is null ? _text.ToString(0, length) : _text.ToString();
                canvas.Add(new TextItem(_x, Baseline, _width - TrailingSpaces(length), text, _style.Face, _style.Size) { Node = node });
            }

            _text.Clear();
        }

        private double TrailingSpaces(int length) => (_text.Length - length) * _style.Width(' ');
    }
}
