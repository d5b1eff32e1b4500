using System.Text;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Layout;

namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>
/// The text each part of the structure gets, read from the laid-out pages without external tools
/// (the slow <see cref="HandWrittenDocumentTests"/> read the same from the PDF with poppler).
/// </summary>
public sealed partial class TaggedTextTests
{
    private static IReadOnlyList<LaidOutPage> Pages(string name) =>
        Paginator.Paginate(DocumentComposer.Compose(ConformanceDocuments.LoadHandWritten(name))).Pages;

    /// <summary>The text of each paragraph, cell or list item in reading order, a link's text with the part it stands in.</summary>
    private static Dictionary<StructureNode, string> TextByPart(IReadOnlyList<LaidOutPage> pages)
    {
        var texts = new Dictionary<StructureNode, StringBuilder>(ReferenceEqualityComparer.Instance);
        foreach (var item in pages.SelectMany(p => p.Items).OfType<TextItem>())
        {
            var node = item.Node;
            while (node is { Role: StructureRole.Link })
            {
                node = node.Parent;
            }

            if (node is not null)
            {
                (texts.TryGetValue(node, out var text) ? text : texts[node] = new StringBuilder()).Append(item.Text);
            }
        }

        var normalized = new Dictionary<StructureNode, string>(ReferenceEqualityComparer.Instance);
        foreach (var (node, text) in texts)
        {
            normalized[node] = Whitespace().Replace(text.ToString().Replace('\u00A0', ' '), " ").Trim();
        }

        return normalized;
    }

    [Fact]
    public void The_words_after_an_address_stay_apart_from_it()
    {
        var texts = TextByPart(Pages("report-quarter-roman")).Values.ToList();

        // Mid-line («… korrupciya в соответствии …») and at a line's end («…/korrupciya/11» «и направлены»).
        Assert.Contains(texts, t => t.Contains("https://zato-zaozersk.ru/korrupciya в соответствии с приказом", StringComparison.Ordinal));
        Assert.Equal(12, texts.Count(t => Regex.IsMatch(t, @"https://zato-zaozersk\.ru/korrupciya/\d\d и направлены")));
    }

    [Fact]
    public void A_signature_line_is_one_paragraph_of_position_and_name_and_no_table()
    {
        var document = ConformanceDocuments.LoadHandWritten("plan-roman-three-level");
        var pages = Pages("plan-roman-three-level");
        var texts = TextByPart(pages);

        foreach (var signatory in document.Signatories)
        {
            var line = Assert.Single(texts, t => t.Value.StartsWith(signatory.Position, StringComparison.Ordinal));
            Assert.Equal($"{signatory.Position} {signatory.Name}", line.Value);
            Assert.Equal(StructureRole.P, line.Key.Role);
            Assert.Equal(StructureRole.Document, line.Key.Parent!.Role);
        }

        // The plan's table is the only table in the structure.
        var tables = pages.SelectMany(p => p.Items).OfType<TextItem>()
            .SelectMany(t => Ancestors(t.Node))
            .Where(n => n.Role == StructureRole.Table)
            .Distinct(ReferenceEqualityComparer.Instance);
        Assert.Single(tables);
    }

    private static IEnumerable<StructureNode> Ancestors(StructureNode? node)
    {
        for (; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
