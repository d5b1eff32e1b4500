using Zaozersk.Reporting.Tests.Pdf;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>
/// Found by the fuzz run (#12): a signatory's position long enough to make the signature block
/// taller than a page used to add blank pages until memory ran out, because the unsplittable
/// signatory row (a table inside the block's one cell) was measured at the top of the page but
/// drawn in the shorter height of the part that fits, where it may not split.
/// </summary>
public sealed class TallSignatureBlockTests
{
    [Theory]
    [InlineData(1_800)]
    [InlineData(5_000)]
    public async Task A_signature_block_taller_than_a_page_continues_on_the_next_page(int length)
    {
        var position = string.Concat(Enumerable.Repeat("подписант ", length / 10));
        var document = SeedVariant.Seed with { Signatories = [new Signatory { Position = position, Name = "И.О. Фамилия" }], Executor = new Executor { Name = "И.О. Исполнитель" } };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var pdf = new MemoryStream();

        await new DocumentRenderer().RenderAsync(document, OutputFormat.Pdf, pdf, cancellationToken: stop.Token);

        var text = PdfText.Of(pdf.ToArray());
        Assert.Equal(length / 10, text.Split("подписант").Length - 1);
        Assert.Contains("Исполнитель: И.О.", text, StringComparison.Ordinal);
    }
}
