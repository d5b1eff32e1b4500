using System.Text;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Pdf;
using Zaozersk.Reporting.Tests.Interop;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>
/// PDF/A-1 allows arrays of at most 8,191 elements, and PDFsharp hangs every page in one array: an
/// archival document of more than 64 pages gets a balanced page tree (nodes of at most 64 kids), so
/// a document of any length is a valid PDF/A-1 file. The plain file keeps PDFsharp's flat tree.
/// </summary>
public sealed partial class PdfAPageTreeTests
{
    private static IEnumerable<LaidOutPage> BlankPages(int count) =>
        Enumerable.Range(0, count).Select(_ => new LaidOutPage(595, 842, []));

    [Fact]
    public void A_pdfa_document_of_more_pages_than_one_pdfa1_array_holds_has_a_balanced_page_tree()
    {
        var pdf = PdfDocumentWriter.Write(BlankPages(8_300), new DocumentInfo(), PdfConformance.PdfA1b).ToArray();

        var tree = PageTree.Of(pdf);
        Assert.Equal(8_300, tree.Pages.Count);
        Assert.All(tree.Nodes.Values, node => Assert.InRange(node.Kids.Count, 1, PdfPageTree.FanOut));
        Assert.Equal(8_300, tree.Nodes[tree.Root].Count);

        // Every node's count is the pages below it, and every kid names its node as its parent.
        foreach (var (number, node) in tree.Nodes)
        {
            Assert.Equal(node.Kids.Sum(k => tree.Nodes.TryGetValue(k, out var kid) ? kid.Count : 1), node.Count);
            Assert.All(node.Kids, kid => Assert.Equal(number, tree.Parents[kid]));
        }

        // Read in order, the leaves give the pages as written: the order of the kids is the page order.
        Assert.Equal(tree.Pages, Leaves(tree, tree.Root).ToList());
        Assert.Equal(8_300, ExternalTools.PageCount(pdf));
    }

    [Fact]
    public void A_short_pdfa_document_and_a_plain_document_keep_one_page_array()
    {
        var archival = PageTree.Of(PdfDocumentWriter.Write(BlankPages(64), new DocumentInfo(), PdfConformance.PdfA1b).ToArray());
        var plain = PageTree.Of(PdfDocumentWriter.Write(BlankPages(8_300), new DocumentInfo(), PdfConformance.None).ToArray());

        Assert.Single(archival.Nodes);
        Assert.Equal(64, archival.Nodes[archival.Root].Kids.Count);
        Assert.Single(plain.Nodes);
        Assert.Equal(8_300, plain.Nodes[plain.Root].Kids.Count);
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void The_seed_repeated_past_8191_pages_is_a_valid_tagged_pdfa_file()
    {
        var seed = SeedVariant.Layout(SeedVariant.Seed);
        var repeats = (8_191 / seed.Pages.Count) + 1;
        var pdf = PdfDocumentWriter.Write(Enumerable.Repeat(seed.Pages, repeats).SelectMany(pages => pages), seed.Info, PdfConformance.PdfA1b).ToArray();

        Assert.Equal(repeats * seed.Pages.Count, ExternalTools.PageCount(pdf));
        Assert.Null(Assert.Single(Preflight.Check([("seed-repeated", pdf)])).Errors);
    }

    private static IEnumerable<int> Leaves(PageTree tree, int node) =>
        tree.Nodes[node].Kids.SelectMany(kid => tree.Nodes.ContainsKey(kid) ? Leaves(tree, kid) : [kid]);

    /// <summary>The page tree read from the file's uncompressed objects: its nodes, its pages in file order, each object's /Parent.</summary>
    private sealed record PageTree(int Root, Dictionary<int, (List<int> Kids, int Count)> Nodes, List<int> Pages, Dictionary<int, int> Parents)
    {
        public static PageTree Of(byte[] pdf)
        {
            var text = Encoding.Latin1.GetString(pdf);
            var nodes = new Dictionary<int, (List<int>, int)>();
            var pages = new List<int>();
            var parents = new Dictionary<int, int>();
            foreach (Match match in ObjectSyntax().Matches(text))
            {
                var number = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                var body = match.Groups[2].Value;
                if (ParentSyntax().Match(body) is { Success: true } parent)
                {
                    parents[number] = int.Parse(parent.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                }

                if (body.StartsWith("<</Type/Pages", StringComparison.Ordinal))
                {
                    var kids = KidsSyntax().Match(body).Groups[1].Value.Split(" 0 R", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList();
                    nodes[number] = (kids, int.Parse(CountSyntax().Match(body).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
                else if (body.StartsWith("<</Type/Page/", StringComparison.Ordinal))
                {
                    pages.Add(number);
                }
            }

            var root = nodes.Keys.Single(n => !parents.ContainsKey(n));
            return new PageTree(root, nodes, pages, parents);
        }
    }

    [GeneratedRegex(@"(\d+) 0 obj\n(<<.*?)\nendobj", RegexOptions.Singleline)]
    private static partial Regex ObjectSyntax();

    [GeneratedRegex(@"^<</Type/Pages?[^\n]*?/Parent (\d+) 0 R")]
    private static partial Regex ParentSyntax();

    [GeneratedRegex(@"/Kids\[([^\]]*)\]")]
    private static partial Regex KidsSyntax();

    [GeneratedRegex(@"/Count (\d+)")]
    private static partial Regex CountSyntax();
}
