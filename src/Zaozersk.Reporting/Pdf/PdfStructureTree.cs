using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using Zaozersk.Reporting.Layout;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// The structure tree of a tagged PDF, gathered page by page as the content is written: a
/// structure element for each node the layout's items point to, made when the node is first met
/// (which is reading order: pages in order, each drawn top to bottom, a row's cells left to
/// right) and hung under its parent's; each run of a node's text on a page is one marked-content
/// sequence the element refers to; each link annotation is referred to by its Link element. The
/// parent tree maps each page's marked content and each annotation back to its element.
/// </summary>
/// <remarks>
/// PDF/A-1 forbids object streams, so every element is an object of its own: tens of thousands in
/// a long report. They are kept here as plain records and written as bytes after PDFsharp's save
/// (see <see cref="PdfAppendix"/>), not built as PDFsharp objects: the catalog holds a placeholder
/// root that the written root replaces.
/// </remarks>
internal sealed class PdfStructureTree : PdfAppendix
{
    // PDF/A-1 allows arrays of at most 8,191 elements (PDF 1.4's limit): the parent tree is split
    // into leaves, and a table's rows into bodies, well below that.
    private const int MaxArray = 8_000;

    private static readonly string[] RoleNames = [.. Enum.GetNames<StructureRole>().Select(name => "/" + name)];

    private readonly PdfDictionary _root;
    private readonly List<Element> _elements = [];
    private readonly List<Kid> _rootKids = [];
    private readonly Dictionary<StructureNode, int> _ofNode = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, (int Head, int Body, int Rows)> _tableParts = [];

    // The parent tree's values in key order: a page's ordinal (its marked content's elements are
    // _marked[_pageMarked[page] ..]), or, for an annotation, its element.
    private readonly List<(bool Page, int Value)> _parents = [];
    private readonly List<int> _marked = [];
    private readonly List<int> _pageMarked = [];
    private readonly List<PdfPage> _pages = [];
    private readonly List<PdfAnnotation> _annotations = [];

    // Object numbers, known once PDFsharp has saved the file and the stabiliser numbered the new objects.
    private int[] _pageNumbers = [];
    private int[] _annotationNumbers = [];
    private int _rootNumber;
    private int _first;

    /// <summary>Makes <paramref name="document"/> a tagged PDF whose tree this object gathers.</summary>
    public PdfStructureTree(PdfDocument document)
    {
        _root = new PdfDictionary(document);
        _root.Elements.SetName("/Type", "/StructTreeRoot");
        document.Internals.AddObject(_root);

        var catalog = document.Internals.Catalog;
        catalog.Elements["/StructTreeRoot"] = _root.Reference;
        var markInfo = new PdfDictionary(document);
        markInfo.Elements["/Marked"] = new PdfBoolean(true);
        catalog.Elements["/MarkInfo"] = markInfo;
        document.ViewerPreferences.DisplayDocTitle = true;
    }

    /// <inheritdoc/>
    public override IEnumerable<int> Replaced => [_rootNumber];

    /// <inheritdoc/>
    public override int Added => _elements.Count + Leaves;

    private int Leaves => (_parents.Count + (MaxArray / 2) - 1) / (MaxArray / 2);

    /// <summary>Starts a page: the marked content written next belongs to it.</summary>
    public void BeginPage(PdfPage page)
    {
        page.Elements.SetInteger("/StructParents", _parents.Count);
        _parents.Add((true, _pages.Count));
        _pages.Add(page);
        _pageMarked.Add(_marked.Count);
    }

    /// <summary>Makes sure <paramref name="node"/> has its element, in reading order, though it may hold no text (an empty cell).</summary>
    public void Touch(StructureNode node) => ElementOf(node);

    /// <summary>The marked-content id of a new run of <paramref name="node"/>'s text on the current page.</summary>
    public int MarkedContent(StructureNode node)
    {
        var index = Receiver(ElementOf(node), StructureRole.Span);
        var element = _elements[index];
        var page = _pages.Count - 1;
        var mcid = _marked.Count - _pageMarked[page];
        _marked.Add(index);
        if (element.Page < 0)
        {
            element.Page = page;
        }

        // Content on the element's own page is its bare id; on another page (a cell split across
        // pages) a marked-content reference that names the page.
        element.Add(element.Page == page ? new Kid(KidKind.Mcid, mcid, 0) : new Kid(KidKind.Mcr, mcid, page));
        return mcid;
    }

    /// <summary>Ties a link annotation on the current page to its Link element.</summary>
    public void Annotation(PdfAnnotation annotation, StructureNode node)
    {
        var index = Receiver(ElementOf(node), StructureRole.Span);
        annotation.Elements.SetInteger("/StructParent", _parents.Count);
        _parents.Add((false, index));
        _elements[index].Add(new Kid(KidKind.Annotation, _annotations.Count, _pages.Count - 1));
        _annotations.Add(annotation);
    }

    /// <summary>
    /// Takes the object numbers PDFsharp gave the pages, annotations and placeholder root when it
    /// saved the file, and lets go of its objects.
    /// </summary>
    public void Saved()
    {
        _pageNumbers = [.. _pages.Select(p => p.Reference!.ObjectNumber)];
        _annotationNumbers = [.. _annotations.Select(a => a.Reference!.ObjectNumber)];
        _rootNumber = _root.Reference!.ObjectNumber;
        _pages.Clear();
        _annotations.Clear();
    }

    /// <inheritdoc/>
    public override void Number(int first) => _first = first;

    /// <inheritdoc/>
    public override void Write(PdfObjectWriter writer)
    {
        var leaves = _first + _elements.Count;
        writer.Begin(_rootNumber);
        writer.Ascii("<</Type/StructTreeRoot");
        if (_rootKids.Count > 0)
        {
            writer.Ascii("/K");
            WriteKids(writer, _rootKids);
        }

        writer.Ascii("/ParentTree<</Kids[");
        for (var leaf = 0; leaf < Leaves; leaf++)
        {
            if (leaf > 0)
            {
                writer.Ascii(" ");
            }

            writer.Reference(leaves + leaf);
        }

        writer.Ascii("]>>/ParentTreeNextKey ");
        writer.Number(_parents.Count);
        writer.Ascii(">>");
        writer.End();

        for (var i = 0; i < _elements.Count; i++)
        {
            var element = _elements[i];
            writer.Begin(_first + i);
            writer.Ascii("<</S");
            writer.Ascii(element.Role);
            writer.Ascii("/P ");
            writer.Reference(element.Parent < 0 ? _rootNumber : _first + element.Parent);
            if (element.Attributes is not null)
            {
                writer.Ascii(element.Attributes);
            }

            if (element.Page >= 0)
            {
                writer.Ascii("/Pg ");
                writer.Reference(_pageNumbers[element.Page]);
            }

            if (element.Kids.Count > 0)
            {
                writer.Ascii("/K");
                WriteKids(writer, element.Kids);
            }

            writer.Ascii(">>");
            writer.End();
        }

        // Each leaf holds at most MaxArray / 2 keys (its /Nums array two items a key).
        for (var leaf = 0; leaf < Leaves; leaf++)
        {
            var from = leaf * (MaxArray / 2);
            var to = Math.Min(_parents.Count, from + (MaxArray / 2));
            writer.Begin(leaves + leaf);
            writer.Ascii("<</Nums[");
            for (var key = from; key < to; key++)
            {
                if (key > from)
                {
                    writer.Ascii(" ");
                }

                writer.Number(key);
                var (page, value) = _parents[key];
                if (!page)
                {
                    writer.Ascii(" ");
                    writer.Reference(_first + value);
                    continue;
                }

                writer.Ascii("[");
                var end = value + 1 < _pageMarked.Count ? _pageMarked[value + 1] : _marked.Count;
                for (var m = _pageMarked[value]; m < end; m++)
                {
                    if (m > _pageMarked[value])
                    {
                        writer.Ascii(" ");
                    }

                    writer.Reference(_first + _marked[m]);
                }

                writer.Ascii("]");
            }

            writer.Ascii("]/Limits[");
            writer.Number(from);
            writer.Ascii(" ");
            writer.Number(to - 1);
            writer.Ascii("]>>");
            writer.End();
        }
    }

    /// <summary>A lone kid stands alone, more make an array (a few bytes less for each of the many one-kid cells).</summary>
    private void WriteKids(PdfObjectWriter writer, List<Kid> kids)
    {
        if (kids.Count > 1)
        {
            writer.Ascii("[");
        }

        // Numbers and references need a space before them after «/K» or another number; dictionaries do not.
        var separate = kids.Count == 1;
        foreach (var kid in kids)
        {
            if (kid.Kind is KidKind.Mcid or KidKind.Element)
            {
                if (separate)
                {
                    writer.Ascii(" ");
                }

                if (kid.Kind == KidKind.Mcid)
                {
                    writer.Number(kid.Value);
                }
                else
                {
                    writer.Reference(_first + kid.Value);
                }

                separate = true;
                continue;
            }

            separate = false;
            if (kid.Kind == KidKind.Mcr)
            {
                writer.Ascii("<</Type/MCR/Pg ");
                writer.Reference(_pageNumbers[kid.Page]);
                writer.Ascii("/MCID ");
                writer.Number(kid.Value);
                writer.Ascii(">>");
            }
            else
            {
                writer.Ascii("<</Type/OBJR/Obj ");
                writer.Reference(_annotationNumbers[kid.Value]);
                writer.Ascii("/Pg ");
                writer.Reference(_pageNumbers[kid.Page]);
                writer.Ascii(">>");
            }
        }

        if (kids.Count > 1)
        {
            writer.Ascii("]");
        }
    }

    /// <summary>
    /// Where a table's row hangs: its header rows (before any other row) in a THead, the others in
    /// TBody groups of at most <see cref="MaxArray"/> rows.
    /// </summary>
    private int RowGroup(int table, bool header)
    {
        if (!_tableParts.TryGetValue(table, out var parts))
        {
            parts = (-1, -1, 0);
        }

        if (header && parts.Body < 0)
        {
            if (parts.Head < 0)
            {
                parts.Head = Add(StructureRole.THead, table, null);
            }

            _tableParts[table] = parts;
            return parts.Head;
        }

        if (parts.Body < 0 || parts.Rows >= MaxArray)
        {
            parts.Body = Add(StructureRole.TBody, table, null);
            parts.Rows = 0;
        }

        parts.Rows++;
        _tableParts[table] = parts;
        return parts.Body;
    }

    /// <summary>The element of <paramref name="node"/>, made and hung under its parent's the first time.</summary>
    private int ElementOf(StructureNode node)
    {
        if (_ofNode.TryGetValue(node, out var written))
        {
            return written;
        }

        var parent = node.Parent is null ? -1 : ElementOf(node.Parent);
        if (node.Role == StructureRole.TR && node.Parent?.Role == StructureRole.Table)
        {
            parent = RowGroup(parent, node.HeadsColumn);
        }

        string? attributes = null;
        if (node.Role is StructureRole.TH or StructureRole.TD && (node.HeadsColumn || node.RowSpan > 1 || node.ColumnSpan > 1))
        {
            attributes = "/A<</O/Table"
                + (node.HeadsColumn ? "/Scope/Column" : string.Empty)
                + (node.RowSpan > 1 ? "/RowSpan " + node.RowSpan.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
                + (node.ColumnSpan > 1 ? "/ColSpan " + node.ColumnSpan.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
                + ">>";
        }

        var index = Add(node.Role, parent, attributes);
        _ofNode[node] = index;
        return index;
    }

    /// <summary>Adds an element under <paramref name="parent"/> (-1: the root).</summary>
    private int Add(StructureRole role, int parent, string? attributes)
    {
        if (parent >= 0)
        {
            parent = Receiver(parent, StructureRole.Div);
        }

        var index = _elements.Count;
        _elements.Add(new Element(RoleNames[(int)role], parent, attributes));
        (parent < 0 ? _rootKids : _elements[parent].Kids).Add(new Kid(KidKind.Element, index, 0));
        return index;
    }

    /// <summary>
    /// The element that takes <paramref name="index"/>'s next kid. An element's kids are one array,
    /// which PDF/A-1 limits to 8,191 items: a full element's last kid is a group (<paramref name="group"/>:
    /// a Div for parts, a Span for runs of text) that takes the kids after it, and so on; a reader
    /// reads them in the same order. Only a cell or paragraph of thousands of parts ever gets one.
    /// </summary>
    private int Receiver(int index, StructureRole group)
    {
        // Starting from the last group taken keeps this linear in the number of kids.
        var start = _elements[index];
        if (start.Overflow < 0)
        {
            if (start.Kids.Count < MaxArray - 1)
            {
                return index;
            }
        }
        else
        {
            index = start.Last;
        }

        while (_elements[index].Kids.Count >= MaxArray - 1)
        {
            var element = _elements[index];
            if (element.Overflow < 0)
            {
                element.Overflow = _elements.Count;
                _elements.Add(new Element(RoleNames[(int)group], index, null));
                element.Add(new Kid(KidKind.Element, element.Overflow, 0));
            }

            index = element.Overflow;
        }

        start.Last = index;
        return index;
    }

    private enum KidKind : byte
    {
        Element,
        Mcid,
        Mcr,
        Annotation,
    }

    /// <summary>A kid of an element: another element, a marked-content id (on the element's page or another), an annotation.</summary>
    private readonly record struct Kid(KidKind Kind, int Value, int Page);

    private sealed class Element(string role, int parent, string? attributes)
    {
        public string Role { get; } = role;

        public int Parent { get; } = parent;

        public string? Attributes { get; } = attributes;

        /// <summary>The page of its first marked content, -1 before any.</summary>
        public int Page { get; set; } = -1;

        public List<Kid> Kids { get; } = new(1);

        /// <summary>The group that takes this element's kids past the array limit, -1 before any.</summary>
        public int Overflow { get; set; } = -1;

        /// <summary>The last group of the chain that starts here: where its next kid goes.</summary>
        public int Last { get; set; } = -1;

        public void Add(Kid kid) => Kids.Add(kid);
    }
}
