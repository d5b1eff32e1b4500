using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Templating;

/// <summary>
/// Every paragraph names its style with the declared style's own string: a large report has a
/// paragraph per cell, and a copy of the name in each would grow the model with the document.
/// </summary>
public sealed class SharedStyleNameTests
{
    [Fact]
    public void Seed_paragraphs_hold_the_declared_style_names_not_copies()
    {
        var document = DocumentComposer.Compose(TestData.Seed);
        var declared = document.Styles.Styles.Select(s => s.Id).ToList();
        var styleIds = document.Sections.SelectMany(s => s.Blocks).OfType<Table>().SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .SelectMany(c => c.Blocks).OfType<Paragraph>().Select(p => p.StyleId).OfType<string>().ToList();

        Assert.True(styleIds.Count > 250, $"only {styleIds.Count} styled cell paragraphs");
        Assert.All(styleIds, id => Assert.Contains(declared, d => ReferenceEquals(d, id)));
    }
}
