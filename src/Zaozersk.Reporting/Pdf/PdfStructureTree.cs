using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using Zaozersk.Reporting.Layout;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// The structure tree of a tagged PDF, built page by page as the content is written: a structure
/// element for each node the layout's items point to, made when the node is first met (which is
/// reading order: pages in order, each drawn top to bottom, a row's cells left to right) and
/// hung under its parent's; each run of a node's text on a page is one marked-content sequence
/// the element refers to; each link annotation is referred to by its Link element. The parent
/// tree maps each page's marked content and each annotation back to its element.
/// </summary>
internal sealed class PdfStructureTree
{
    private readonly PdfDocument _document;
    private readonly PdfDictionary _root;
    private readonly PdfArray _parentTreeKids;

    // PDF/A-1 allows arrays of at most 8,191 elements (PDF 1.4's limit): the parent tree is split
    // into leaves, and a table's rows into bodies, well below that.
    private const int MaxArray = 8_000;
    private PdfDictionary? _parentLeaf;
    private int _parentLeafFirst;
    private readonly Dictionary<PdfDictionary, (PdfDictionary? Head, PdfDictionary? Body, int Rows)> _tableParts = new(ReferenceEqualityComparer.Instance);

    // Each node's element, once met. Kept here, not on the node, so the same layout can be written again.
    private readonly Dictionary<StructureNode, PdfDictionary> _elements = new(ReferenceEqualityComparer.Instance);
    private int _nextKey;
    private PdfPage? _page;
    private PdfArray? _pageElements;

    /// <summary>Makes <paramref name="document"/> a tagged PDF whose tree this object fills.</summary>
    public PdfStructureTree(PdfDocument document)
    {
        _document = document;
        _root = new PdfDictionary(document);
        _root.Elements.SetName("/Type", "/StructTreeRoot");
        document.Internals.AddObject(_root);
        _parentTreeKids = new PdfArray(document);
        var numberTree = new PdfDictionary(document);
        numberTree.Elements["/Kids"] = _parentTreeKids;
        _root.Elements["/ParentTree"] = numberTree;

        var catalog = document.Internals.Catalog;
        catalog.Elements["/StructTreeRoot"] = _root.Reference;
        var markInfo = new PdfDictionary(document);
        markInfo.Elements["/Marked"] = new PdfBoolean(true);
        catalog.Elements["/MarkInfo"] = markInfo;
        document.ViewerPreferences.DisplayDocTitle = true;
    }

    /// <summary>Starts a page: the marked content written next belongs to it.</summary>
    public void BeginPage(PdfPage page)
    {
        _page = page;
        _pageElements = new PdfArray(_document);
        var key = _nextKey++;
        page.Elements.SetInteger("/StructParents", key);
        AddParent(key, _pageElements);
    }

    /// <summary>Makes sure <paramref name="node"/> has its element, in reading order, though it may hold no text (an empty cell).</summary>
    public void Touch(StructureNode node) => Element(node);

    /// <summary>The marked-content id of a new run of <paramref name="node"/>'s text on the current page.</summary>
    public int MarkedContent(StructureNode node)
    {
        var element = Element(node);
        var mcid = _pageElements!.Elements.Count;
        _pageElements.Elements.Add(element.Reference!);
        var page = element.Elements["/Pg"] as PdfReference;
        if (page is null)
        {
            element.Elements["/Pg"] = _page!.Reference;
            AddKid(element, new PdfInteger(mcid));
        }
        else if (ReferenceEquals(page.Value, _page))
        {
            AddKid(element, new PdfInteger(mcid));
        }
        else
        {
            // Content of the element on another page than its first (a cell split across pages).
            var reference = new PdfDictionary(_document);
            reference.Elements.SetName("/Type", "/MCR");
            reference.Elements["/Pg"] = _page!.Reference;
            reference.Elements.SetInteger("/MCID", mcid);
            AddKid(element, reference);
        }

        return mcid;
    }

    /// <summary>Ties a link annotation on the current page to its Link element.</summary>
    public void Annotation(PdfAnnotation annotation, StructureNode node)
    {
        var element = Element(node);
        var key = _nextKey++;
        annotation.Elements.SetInteger("/StructParent", key);
        AddParent(key, element.Reference!);
        var reference = new PdfDictionary(_document);
        reference.Elements.SetName("/Type", "/OBJR");
        reference.Elements["/Obj"] = annotation.Reference;
        reference.Elements["/Pg"] = _page!.Reference;
        AddKid(element, reference);
    }

    /// <summary>Closes the tree once every page is written.</summary>
    public void Finish()
    {
        CloseParentLeaf();
        _root.Elements.SetInteger("/ParentTreeNextKey", _nextKey);
    }

    /// <summary>Adds a key and its value to the parent tree, in a new leaf when the current one is full.</summary>
    private void AddParent(int key, PdfItem value)
    {
        if (_parentLeaf is null || _parentLeaf.Elements.GetArray("/Nums")!.Elements.Count >= MaxArray)
        {
            CloseParentLeaf();
            _parentLeaf = new PdfDictionary(_document);
            _parentLeaf.Elements["/Nums"] = new PdfArray(_document);
            _document.Internals.AddObject(_parentLeaf);
            _parentTreeKids.Elements.Add(_parentLeaf.Reference!);
            _parentLeafFirst = key;
        }

        var nums = _parentLeaf.Elements.GetArray("/Nums")!;
        nums.Elements.Add(new PdfInteger(key));
        nums.Elements.Add(value);
    }

    /// <summary>Gives the current parent-tree leaf the range of keys it holds.</summary>
    private void CloseParentLeaf()
    {
        if (_parentLeaf is not null)
        {
            _parentLeaf.Elements["/Limits"] = new PdfArray(_document, new PdfInteger(_parentLeafFirst), new PdfInteger(_nextKey - 1));
        }
    }

    /// <summary>
    /// Where a table's row hangs: its header rows (before any other row) in a THead, the others in
    /// TBody groups of at most <see cref="MaxArray"/> rows.
    /// </summary>
    private PdfDictionary RowGroup(PdfDictionary table, bool header)
    {
        _tableParts.TryGetValue(table, out var parts);
        if (header && parts.Body is null)
        {
            parts.Head ??= Group(table, "/THead");
            _tableParts[table] = parts;
            return parts.Head;
        }

        if (parts.Body is null || parts.Rows >= MaxArray)
        {
            parts.Body = Group(table, "/TBody");
            parts.Rows = 0;
        }

        parts.Rows++;
        _tableParts[table] = parts;
        return parts.Body;
    }

    private PdfDictionary Group(PdfDictionary table, string role)
    {
        var group = new PdfDictionary(_document);
        group.Elements.SetName("/S", role);
        group.Elements["/P"] = table.Reference;
        _document.Internals.AddObject(group);
        AddKid(table, group.Reference!);
        return group;
    }

    /// <summary>The element of <paramref name="node"/>, made and hung under its parent's the first time.</summary>
    private PdfDictionary Element(StructureNode node)
    {
        if (_elements.TryGetValue(node, out var written))
        {
            return written;
        }

        var parent = node.Parent is null ? _root : Element(node.Parent);
        if (node.Role == StructureRole.TR && node.Parent?.Role == StructureRole.Table)
        {
            parent = RowGroup(parent, node.HeadsColumn);
        }

        var element = new PdfDictionary(_document);
        element.Elements.SetName("/S", "/" + node.Role);
        element.Elements["/P"] = parent.Reference;
        if (node.Role is StructureRole.TH or StructureRole.TD && (node.HeadsColumn || node.RowSpan > 1 || node.ColumnSpan > 1))
        {
            var attributes = new PdfDictionary(_document);
            attributes.Elements.SetName("/O", "/Table");
            if (node.HeadsColumn)
            {
                attributes.Elements.SetName("/Scope", "/Column");
            }

            if (node.RowSpan > 1)
            {
                attributes.Elements.SetInteger("/RowSpan", node.RowSpan);
            }

            if (node.ColumnSpan > 1)
            {
                attributes.Elements.SetInteger("/ColSpan", node.ColumnSpan);
            }

            element.Elements["/A"] = attributes;
        }

        _document.Internals.AddObject(element);
        _elements[node] = element;
        AddKid(parent, element.Reference!);
        return element;
    }

    /// <summary>Adds a kid: a lone kid stands alone, more make an array (a few bytes less for each of the many one-kid cells).</summary>
    private void AddKid(PdfDictionary element, PdfItem kid)
    {
        switch (element.Elements["/K"])
        {
            case null:
                element.Elements["/K"] = kid;
                break;
            case PdfArray kids:
                kids.Elements.Add(kid);
                break;
            case var only:
                element.Elements["/K"] = new PdfArray(_document, only, kid);
                break;
        }
    }
}
