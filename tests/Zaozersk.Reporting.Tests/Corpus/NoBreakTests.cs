using UglyToad.PdfPig;
using Xunit.Abstractions;
using Zaozersk.Reporting.Tests.Interop;

namespace Zaozersk.Reporting.Tests.Corpus;

/// <summary>
/// Year ranges, «№ 336», «И.О. Фамилия» and telephone numbers never break across lines — in our
/// PDF and in a word processor's layout of our DOCX. The title is grown a word at a time so that
/// the year range meets the end of a line in many positions.
/// </summary>
public sealed class NoBreakTests(ITestOutputHelper output)
{
    private const string Range = "2025–2027";

    [Fact]
    public void Year_range_in_the_title_never_breaks_in_our_PDF_and_moves_whole_to_the_next_line()
    {
        var movedWhole = 0;
        for (var extra = 0; extra < 24; extra++)
        {
            var (_, pdf) = CorpusRendering.Render(Titled(extra));
            var lines = PdfLines(pdf, page: 1);

            Assert.DoesNotContain(lines, l => l.EndsWith("2025–", StringComparison.Ordinal));
            var title = lines.FindIndex(l => l.Contains(Range, StringComparison.Ordinal));
            Assert.True(title >= 0, $"with {extra} more words the range is not on one line: {string.Join(" / ", lines.Take(12))}");
            if (lines[title].StartsWith("на " + Range, StringComparison.Ordinal) || lines[title].StartsWith(Range, StringComparison.Ordinal))
            {
                movedWhole++;
            }
        }

        // The test means something only if some lengths bring the range to a line's end.
        output.WriteLine($"the range started a line in {movedWhole} of 24 titles");
        Assert.True(movedWhole > 0);
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void Year_range_signatory_name_and_telephone_stay_whole_in_LibreOffice()
    {
        // The title lengths whose range our PDF moved to a new line: where a break would be tempting.
        var tempting = Enumerable.Range(0, 24).Where(extra =>
        {
            var lines = PdfLines(CorpusRendering.Render(Titled(extra)).Pdf, page: 1);
            return lines.Any(l => l.StartsWith("на " + Range, StringComparison.Ordinal) || l.StartsWith(Range, StringComparison.Ordinal));
        }).Take(2).ToList();
        Assert.NotEmpty(tempting);

        foreach (var extra in tempting)
        {
            var document = Titled(extra) with
            {
                // A name and a telephone number squeezed into narrow space, to tempt a break.
                Signatories = [new Signatory { Position = "Заместитель Главы Администрации ЗАТО город Заозерск по вопросам муниципальной службы, кадров и противодействия коррупции", Name = "Н.С. Ёлкина-Петровская" }],
            };
            var (docx, _) = CorpusRendering.Render(document);
            var text = ExternalTools.PdfText(ExternalTools.LibreOfficePdf(docx, "title-" + extra));
            var lines = text.Split('\n').Select(l => l.Trim()).ToList();

            Assert.DoesNotContain(lines, l => l.EndsWith("2025–", StringComparison.Ordinal) || l.EndsWith("Н.С.", StringComparison.Ordinal) || l.EndsWith("3-", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains(Range, StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("Н.С.\u00A0Ёлкина-Петровская", StringComparison.Ordinal) || l.Contains("Н.С. Ёлкина-Петровская", StringComparison.Ordinal));
        }
    }

    private static PlanDocument Titled(int extraWords)
    {
        var document = FixtureCorpus.Get("report-half-year-2").Document;
        var words = string.Join(' ', Enumerable.Repeat("муниципального", extraWords).Select((w, i) => i % 2 == 0 ? w : "и"));
        return document with { PlanSubject = document.PlanSubject + (extraWords == 0 ? string.Empty : " " + words) };
    }

    /// <summary>The page's text lines, top to bottom, by the baselines of their letters.</summary>
    private static List<string> PdfLines(byte[] pdf, int page)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPage(page).GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)).Replace('\u00A0', ' ').Replace("\u2060", string.Empty, StringComparison.Ordinal))];
    }
}
