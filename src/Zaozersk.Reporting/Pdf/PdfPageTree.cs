namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// A balanced page tree for archival output. PDFsharp hangs every page under the root in one
/// /Kids array, and PDF/A-1 allows arrays of at most 8,191 elements; so for a document of more than
/// <see cref="FanOut"/> pages the pages are grouped under intermediate /Pages nodes of at most
/// <see cref="FanOut"/> kids each, as many levels as needed, which lifts the limit on pages (and
/// lets a reader find a page without reading one long array).
/// </summary>
internal sealed class PdfPageTree : PdfAppendix
{
    /// <summary>The most kids a node of the tree has.</summary>
    internal const int FanOut = 64;

    private readonly int _root;
    private readonly int[] _pages;

    // The intermediate nodes, bottom level first: each node's kids (object numbers) and pages below it.
    private readonly List<(int[] Kids, int Count)> _nodes = [];
    private Dictionary<int, int> _parents = [];
    private int[] _rootKids = [];
    private int _first;

    /// <summary>A tree over <paramref name="pages"/> (their object numbers, in order) under the root node numbered <paramref name="root"/>.</summary>
    public PdfPageTree(int root, int[] pages)
    {
        _root = root;
        _pages = pages;
    }

    /// <summary>Whether a document of <paramref name="pages"/> pages needs intermediate nodes.</summary>
    public static bool Needed(int pages) => pages > FanOut;

    /// <inheritdoc/>
    public override IEnumerable<int> Replaced => [_root];

    /// <inheritdoc/>
    public override int Added => _nodes.Count;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<int, int> PageParents => _parents;

    /// <inheritdoc/>
    public override void Number(int first)
    {
        _first = first;
        _nodes.Clear();
        _parents = new Dictionary<int, int>(_pages.Length);

        // Group the level below (pages first) in runs of FanOut until the root's kids fit in one run.
        var level = _pages;
        var counts = Enumerable.Repeat(1, _pages.Length).ToArray();
        while (level.Length > FanOut)
        {
            var bottom = ReferenceEquals(level, _pages);
            var numbers = new List<int>();
            var sums = new List<int>();
            for (var at = 0; at < level.Length; at += FanOut)
            {
                var kids = level[at..Math.Min(level.Length, at + FanOut)];
                var number = first + _nodes.Count;
                var count = counts.Skip(at).Take(kids.Length).Sum();
                _nodes.Add((kids, count));
                numbers.Add(number);
                sums.Add(count);
                if (bottom)
                {
                    foreach (var page in kids)
                    {
                        _parents[page] = number;
                    }
                }
            }

            level = [.. numbers];
            counts = [.. sums];
        }

        _rootKids = level;
    }

    /// <inheritdoc/>
    public override void Write(PdfObjectWriter writer)
    {
        writer.Begin(_root);
        writer.Ascii("<</Type/Pages/Count ");
        writer.Number(_pages.Length);
        WriteKids(writer, _rootKids);
        writer.Ascii(">>");
        writer.End();

        // A node's parent is the node of the next level up that holds it, or the root.
        var parentOf = new Dictionary<int, int>();
        for (var i = 0; i < _nodes.Count; i++)
        {
            foreach (var kid in _nodes[i].Kids)
            {
                parentOf.TryAdd(kid, _first + i);
            }
        }

        for (var i = 0; i < _nodes.Count; i++)
        {
            var number = _first + i;
            var (kids, count) = _nodes[i];
            writer.Begin(number);
            writer.Ascii("<</Type/Pages/Parent ");
            writer.Reference(parentOf.TryGetValue(number, out var parent) ? parent : _root);
            writer.Ascii("/Count ");
            writer.Number(count);
            WriteKids(writer, kids);
            writer.Ascii(">>");
            writer.End();
        }
    }

    private static void WriteKids(PdfObjectWriter writer, int[] kids)
    {
        writer.Ascii("/Kids[");
        for (var i = 0; i < kids.Length; i++)
        {
            if (i > 0)
            {
                writer.Ascii(" ");
            }

            writer.Reference(kids[i]);
        }

        writer.Ascii("]");
    }
}
