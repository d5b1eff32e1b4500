using System.Globalization;
using System.Text.RegularExpressions;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>
/// Whether two PDFs of one document break pages at the same places: for every page, the words of
/// its first and its last body line (page number and the repeated column-number row left out).
/// A page of the word processor's rendering agrees when our PDF has a page with the same pair.
/// </summary>
internal static partial class PageParity
{
    public sealed record Result(int OurPages, int TheirPages, int Agreeing)
    {
        public double Share => TheirPages == 0 ? 0 : (double)Agreeing / TheirPages;

        public override string ToString() => FormattableString.Invariant($"pages {OurPages}/{TheirPages}, {Agreeing} agreeing ({Share:P0})");
    }

    public static Result Compare(byte[] ours, byte[] theirs)
    {
        var a = Signatures(ours);
        var b = Signatures(theirs);
        var firsts = a.Select(s => s.First).ToHashSet();
        var lasts = a.Select(s => s.Last).ToHashSet();
        return new Result(a.Count, b.Count, b.Count(s => firsts.Contains(s.First) && lasts.Contains(s.Last)));
    }

    private static List<(string First, string Last)> Signatures(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var (code, xml, error) = ExternalTools.Run("pdftotext", ["-bbox", file, "-"]);
            Assert.True(code == 0, error);
            return [.. xml.Split("<page ").Skip(1).Select(Signature)];
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (string First, string Last) Signature(string page)
    {
        var words = WordPattern().Matches(page)
            .Select(m => (Y: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), X: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Text: System.Net.WebUtility.HtmlDecode(m.Groups[3].Value)))
            .OrderBy(w => w.Y).ThenBy(w => w.X).ToList();

        // Lines: words whose tops are within 2 pt of the line's first word.
        var lines = new List<(double Y, List<string> Words)>();
        foreach (var word in words)
        {
            if (lines.Count == 0 || Math.Abs(word.Y - lines[^1].Y) > 2.0)
            {
                lines.Add((word.Y, []));
            }

            lines[^1].Words.Add(word.Text);
        }

        var body = new List<string>();
        foreach (var (y, line) in lines)
        {
            var sorted = line.Order(StringComparer.Ordinal).ToList();
            if (line.Count == 1 && y < 60 && line[0].All(char.IsDigit) && line[0].Length <= 3)
            {
                continue; // the page number
            }

            if (line.Count >= 3 && line.Select((w, i) => w == (i + 1).ToString(CultureInfo.InvariantCulture)).All(b => b))
            {
                body.Clear(); // everything above the column-number row is page header
                continue;
            }

            body.Add(string.Join(' ', sorted));
        }

        return body.Count == 0 ? (string.Empty, string.Empty) : (body[0], body[^1]);
    }

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""[\d.]+"" yMax=""[\d.]+"">([^<]*)</word>")]
    private static partial Regex WordPattern();
}
