using Xunit.Abstractions;
using Zaozersk.Reporting.Tests.Interop;

namespace Zaozersk.Reporting.Tests.Layout;

/// <summary>
/// The user's portrait report with a rowspan block taller than a page, page for page against
/// LibreOffice's PDF of our DOCX: rows that may not split (the template's), rows that may (the
/// same template without <c>split="false"</c>), and a shared unit cell taller than a page.
/// </summary>
[Trait(TestTraits.Speed, TestTraits.Slow)]
public sealed class PortraitRowspanPageParityTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => ["long-texts", "long-texts-splitting", "many-units", "many-units-splitting"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Has_LibreOffices_pages(string name)
    {
        var document = name.StartsWith("long-texts", StringComparison.Ordinal) ? PortraitRowspanReport.LongTexts(1) : PortraitRowspanReport.ManyUnits(90);
        var (docx, pdf) = PortraitRowspanReport.Render(document, splitting: name.EndsWith("-splitting", StringComparison.Ordinal));

        var result = PageParity.Compare(pdf, ExternalTools.LibreOfficePdf(docx, "portrait-rowspan-" + name));

        output.WriteLine($"{name}: {result}");
        Assert.Equal(result.TheirPages, result.OurPages);
        Assert.True(result.Share >= 1.0, result.ToString());
    }
}
