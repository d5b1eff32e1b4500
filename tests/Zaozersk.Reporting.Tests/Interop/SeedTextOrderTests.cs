using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Tests.Documents;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>The in-order check used on LibreOffice's and our own PDF text can fail: shown on the document model's text.</summary>
public sealed class SeedTextOrderTests
{
    private static readonly PlanDocument Seed = TestData.Seed;
    private static readonly string Text = DocumentText.Of(DocumentComposer.Compose(Seed));

    [Fact]
    public void Accepts_the_seed_text()
    {
        SeedTextOrder.AssertAllInOrder(Seed, Text);
    }

    [Fact]
    public void Rejects_a_changed_character()
    {
        var changed = Text.Replace("комисси по соблюдению", "комиссии по соблюдению", StringComparison.Ordinal);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SeedTextOrder.AssertAllInOrder(Seed, changed));
    }

    [Fact]
    public void Rejects_rows_out_of_order()
    {
        var swapped = Text.Replace("\n2.1 |", "\n2.X |", StringComparison.Ordinal).Replace("\n2.2 |", "\n2.1 |", StringComparison.Ordinal).Replace("\n2.X |", "\n2.2 |", StringComparison.Ordinal);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SeedTextOrder.AssertAllInOrder(Seed, swapped));
    }

    [Fact]
    public void Rejoins_words_broken_at_line_ends_and_page_furniture()
    {
        var words = SeedTextOrder.Words(SeedTextOrder.WithoutPageFurniture("жилищно-\nкоммунального №4-\n4012022 - список\f2\n1 2 3 4 5\nдальше-\f1 2 3 4 5\nещё\n3\n"));

        Assert.Equal(["жилищно-коммунального", "№4-4012022", "-", "список", "дальше-ещё"], words);
    }
}
