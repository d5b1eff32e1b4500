using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Templating;

/// <summary>
/// The composed document holds the input's own strings where a template printed them unchanged,
/// not copies; each input string is taken at most once, so equal texts are not merged.
/// </summary>
public sealed class KnownTextsTests
{
    [Fact]
    public void Each_given_string_is_taken_once_then_equal_text_is_not_known()
    {
        var first = new string("постоянно".AsSpan());
        var second = new string("постоянно".AsSpan());
        var texts = new KnownTexts();
        texts.Add(first);
        texts.Add(second);
        texts.Add(null);
        texts.Add(string.Empty);

        var read = new string("постоянно".AsSpan());
        var taken = new[] { texts.Take(read), texts.Take(read) };

        Assert.Contains(taken, t => ReferenceEquals(t, first));
        Assert.Contains(taken, t => ReferenceEquals(t, second));
        Assert.Null(texts.Take(read));
        Assert.Null(texts.Take("в течение года"));
        Assert.Null(texts.Take(string.Empty));
    }

    [Fact]
    public void Seed_cells_hold_the_input_strings_and_paragraphs_the_declared_style_names()
    {
        var seed = SeedFidelityTests.LoadSeedDocument();
        var document = DocumentComposer.Compose(seed);
        var table = document.Sections[0].Blocks.OfType<Table>().First();
        var runs = table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).OfType<Paragraph>()
            .SelectMany(p => p.Inlines).OfType<TextRun>().Select(r => r.Text).ToList();

        // Measures printed as they are (no tie or line break for the template to change) are the input's strings.
        var printedAsIs = seed.Sections.SelectMany(s => s.Items).Select(i => i.Measure).Where(m => runs.Contains(m)).ToList();
        Assert.True(printedAsIs.Count >= 10, $"only {printedAsIs.Count} measures are printed unchanged");
        Assert.All(printedAsIs, measure => Assert.Contains(runs, run => ReferenceEquals(run, measure)));

        // No input string is held twice: equal texts of different measures stay separate strings.
        var inputStrings = new HashSet<string>(seed.Sections.SelectMany(s => s.Items).SelectMany(Texts), ReferenceEqualityComparer.Instance);
        var held = runs.Where(inputStrings.Contains).ToList();
        Assert.Equal(held.Count, held.Distinct(ReferenceEqualityComparer.Instance).Count());

        var declared = document.Styles.Styles.Select(s => s.Id).ToList();
        var styleIds = document.Sections.SelectMany(s => s.Blocks).OfType<Table>().SelectMany(t => t.Rows).SelectMany(r => r.Cells)
            .SelectMany(c => c.Blocks).OfType<Paragraph>().Select(p => p.StyleId).OfType<string>().ToList();
        Assert.NotEmpty(styleIds);
        Assert.All(styleIds, id => Assert.Contains(declared, d => ReferenceEquals(d, id)));
    }

    private static IEnumerable<string> Texts(PlanItem item) =>
        new[] { item.Number, item.Measure, item.Deadline, item.Indicator, item.ExpectedResult, item.Note, item.Execution }
            .Concat(item.Responsible).OfType<string>();
}
