using System.Text;
using UglyToad.PdfPig;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Pdf;

/// <summary>Issue #12: a PDF link's /URI is ASCII; Cyrillic domains go through IDNA, other text is percent-encoded UTF-8.</summary>
public sealed class LinkAddressTests
{
    private static List<string> Links(string execution)
    {
        var pdf = SeedVariant.Pdf(SeedVariant.WithItem(0, 1, i => i with { Execution = execution }));
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).Distinct().ToList();
    }

    [Fact]
    public void Cyrillic_domain_becomes_punycode_and_Cyrillic_query_percent_encoded()
    {
        var links = Links("Разъяснения размещены на портале https://госуслуги.рф/help?q=коррупция#раздел");

        Assert.Contains("https://xn--c1aapkosapc.xn--p1ai/help?q=%D0%BA%D0%BE%D1%80%D1%80%D1%83%D0%BF%D1%86%D0%B8%D1%8F#%D1%80%D0%B0%D0%B7%D0%B4%D0%B5%D0%BB", links);
    }

    [Fact]
    public void Cyrillic_path_on_an_ascii_host_keeps_the_host_and_port()
    {
        var links = Links("См. http://www.zatozaozersk.ru:8080/документы/план 2022 года");

        Assert.Contains("http://www.zatozaozersk.ru:8080/%D0%B4%D0%BE%D0%BA%D1%83%D0%BC%D0%B5%D0%BD%D1%82%D1%8B/%D0%BF%D0%BB%D0%B0%D0%BD", links);
    }

    [Fact]
    public void Every_uri_in_the_pdf_is_printable_ascii()
    {
        var pdf = SeedVariant.Pdf(SeedVariant.WithItem(0, 1, i => i with { Execution = "https://госуслуги.рф/help и https://минцифры.рф/" }));

        using var document = PdfDocument.Open(pdf);
        var links = document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).ToList();
        Assert.Contains("https://xn--h1aakfqxm7b.xn--p1ai/", links);
        Assert.All(links, l => Assert.True(l.All(c => c is > ' ' and < '\u007F'), l));
        Assert.Contains("госуслуги.рф", PdfText.Of(pdf), StringComparison.Ordinal);
    }
}
