using System.Diagnostics;
using System.Text;
using UglyToad.PdfPig;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Pdf;

/// <summary>
/// Issue #12: a deadline holding a web address followed by tens of thousands of letters. Breaking
/// it must cost time linear in its length, and the PDF must hold the address once, however many
/// lines its link covers.
/// </summary>
public sealed class LongAddressTests
{
    private static PlanDocument WithDeadline(string deadline) => SeedVariant.WithItem(0, 0, i => i with { Deadline = deadline });

    private static string Address(int letters) => "http://example.com/" + new string('a', letters);

    private static int LatinA(LaidOutDocument layout) =>
        layout.Pages.SelectMany(p => p.Items.OfType<TextItem>()).Sum(t => t.Text.Count(c => c == 'a'));

    private static int Occurrences(byte[] data, string text)
    {
        var needle = Encoding.ASCII.GetBytes(text);
        var count = 0;
        for (var at = data.AsSpan().IndexOf(needle); at >= 0; count++)
        {
            var next = data.AsSpan(at + 1).IndexOf(needle);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return count;
    }

    [Fact]
    public void A_60000_letter_address_is_one_link_action_in_a_small_pdf()
    {
        var address = Address(60_000);

        var pdf = SeedVariant.Pdf(WithDeadline(address));

        // Before: one annotation per line, each with the whole address (25,000 letters gave 39.5 MB).
        Assert.True(pdf.Length < 1_500_000, $"{pdf.Length} bytes");
        Assert.Equal(1, Occurrences(pdf, address));
        using var document = PdfDocument.Open(pdf);
        var areas = document.GetPages().SelectMany(p => p.GetHyperlinks()).Count(l => l.Uri == address);
        Assert.True(areas > 1_000, $"{areas} clickable lines");
        Assert.True(document.GetPages().Count(p => p.GetHyperlinks().Any(l => l.Uri == address)) > 10);
    }

    [Fact]
    public void Every_letter_of_an_over_long_address_is_drawn_once()
    {
        var letters = 20_000;

        var added = LatinA(SeedVariant.Layout(WithDeadline(Address(letters)))) - LatinA(SeedVariant.Layout(SeedVariant.Seed));

        // The seed's own deadline has no Latin «a»; «example» has one.
        Assert.Equal(letters + 1, added);
    }

    [Fact]
    public void Breaking_an_over_long_word_takes_time_linear_in_its_length()
    {
        static double Fastest(PlanDocument document)
        {
            var best = double.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var clock = Stopwatch.StartNew();
                SeedVariant.Layout(document);
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }

            return best;
        }

        var shorter = Fastest(WithDeadline("слово" + new string('a', 25_000)));
        var longer = Fastest(WithDeadline("слово" + new string('a', 200_000)));

        // Eight times the letters: about eight times the time when linear, some sixty when quadratic.
        Assert.True(longer < 16 * shorter, $"25,000 letters: {shorter:0.0} ms, 200,000 letters: {longer:0.0} ms");
    }
}
