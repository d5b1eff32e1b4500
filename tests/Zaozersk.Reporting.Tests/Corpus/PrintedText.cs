using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace Zaozersk.Reporting.Tests.Corpus;

/// <summary>
/// The printed text of an output as one string for finding input values in it. Layout decides
/// where lines break, whether a hyphen or bullet is drawn and which spaces are non-breaking, so
/// all of those are removed from both sides before comparing; the words themselves must be there.
/// </summary>
internal sealed class PrintedText
{
    private readonly string _text;

    private PrintedText(string text, int pages)
    {
        _text = text;
        Pages = pages;
    }

    public int Pages { get; }

    /// <summary>The DOCX body (and cells) in document order.</summary>
    public static PrintedText OfDocx(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var text = new StringBuilder();
        foreach (var paragraph in document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>())
        {
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }

            text.Append('\n');
        }

        return new PrintedText(Normalize(text.ToString()), 1);
    }

    /// <summary>The PDF's letters in content order, page after page.</summary>
    public static PrintedText OfPdf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters)
            {
                text.Append(letter.Value);
            }
        }

        return new PrintedText(Normalize(text.ToString()), document.NumberOfPages);
    }

    /// <summary>Each page of a PDF on its own, in page order.</summary>
    public static IReadOnlyList<PrintedText> PagesOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => new PrintedText(Normalize(string.Concat(page.Letters.Select(l => l.Value))), 1))];
    }

    /// <summary>
    /// Whether the value is printed: contiguous in a DOCX; in a PDF a value may be cut by page
    /// breaks (a cell continued on the next page, after the repeated header row), so it may be found
    /// in a few pieces — in order, each at least <paramref name="minimumPiece"/> characters long
    /// (or the whole rest), never more pieces than page breaks allow.
    /// </summary>
    public bool Contains(string value, int minimumPiece = 5)
    {
        var wanted = Normalize(value);
        var budget = 4_000;
        return Match(wanted, 0, 0, Pages + 1, minimumPiece, ref budget);
    }

    /// <summary>
    /// Whether <paramref name="wanted"/> from <paramref name="position"/> on is found after
    /// <paramref name="from"/> in at most <paramref name="pieces"/> pieces. Longest pieces first;
    /// shorter ones are tried when the rest cannot follow (a common phrase found in the wrong row).
    /// </summary>
    private bool Match(string wanted, int position, int from, int pieces, int minimumPiece, ref int budget)
    {
        var rest = wanted.Length - position;
        if (rest == 0)
        {
            return true;
        }

        if (pieces == 0)
        {
            return false;
        }

        var (longest, _) = LongestPrefix(wanted.AsSpan(position), from);
        for (var length = longest; length >= Math.Min(minimumPiece, rest) && length > 0 && budget-- > 0; length--)
        {
            var at = _text.AsSpan(from).IndexOf(wanted.AsSpan(position, length), StringComparison.Ordinal);
            if (at >= 0 && Match(wanted, position + length, from + at + length, pieces - 1, minimumPiece, ref budget))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the exact normalized text occurs anywhere (for short words such as a status mark).</summary>
    public int Count(string value)
    {
        var wanted = Normalize(value);
        var count = 0;
        for (var at = _text.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(wanted, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private (int Length, int At) LongestPrefix(ReadOnlySpan<char> wanted, int from)
    {
        // Occurrence is monotonic in the prefix length, so the longest one is found by bisection.
        int low = 0, high = wanted.Length, at = from;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            var found = _text.AsSpan(from).IndexOf(wanted[..middle], StringComparison.Ordinal);
            if (found >= 0)
            {
                low = middle;
                at = from + found;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (low, at);
    }

    private static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u2060' or '\u00AD' or '-' or '\u2010' or '\u2011' or '–' or '—' or '•')
            {
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
