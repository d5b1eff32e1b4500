using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Zaozersk.Reporting.Tests.Pdf;

/// <summary>The text of a PDF read back by PdfPig, page by page in content order: the reviewable twin of a PDF snapshot.</summary>
internal static class PdfText
{
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.Append("--- page ").Append(page.Number).Append(" (").Append(Math.Round(page.Width)).Append(" x ").Append(Math.Round(page.Height)).Append(")\n");
            text.Append(ContentOrderTextExtractor.GetText(page).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }
}
