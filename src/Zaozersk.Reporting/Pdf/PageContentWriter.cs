using System.Globalization;
using System.Text;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Layout.Fonts;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Writes a laid-out page's text and rules as PDF content operators. The layout already knows
/// every position, width and glyph, so this is a plain translation: text in each bundled face as
/// glyph indices (the Identity-H encoding PDFsharp's Unicode fonts use), rules as stroked lines.
/// Doing it here instead of one XGraphics call per piece of text keeps large documents fast.
/// </summary>
internal sealed class PageContentWriter(double pageHeight, IReadOnlyDictionary<FontFace, string> fontResources)
{
    private readonly StringBuilder _content = new(16_384);
    private readonly Dictionary<FontFace, HashSet<int>> _used = [];

    /// <summary>The characters drawn in each face, so their glyphs are embedded and mapped back to Unicode.</summary>
    public IReadOnlyDictionary<FontFace, HashSet<int>> UsedCharacters => _used;

    public byte[] Write(IEnumerable<PageItem> items)
    {
        _content.Clear();
        var rules = items.OfType<RuleItem>().ToList();
        if (rules.Count > 0)
        {
            _content.Append("q 0 G 0 J\n");
            var width = double.NaN;
            foreach (var rule in rules)
            {
                if (rule.Thickness != width)
                {
                    width = rule.Thickness;
                    Number(width).Append(" w\n");
                }

                Number(rule.X1).Append(' ');
                Number(pageHeight - rule.Y1).Append(" m ");
                Number(rule.X2).Append(' ');
                Number(pageHeight - rule.Y2).Append(" l S\n");
            }

            _content.Append("Q\n");
        }

        var texts = items.OfType<TextItem>().ToList();
        if (texts.Count > 0)
        {
            _content.Append("BT 0 g\n");
            FontFace? face = null;
            var size = double.NaN;
            foreach (var text in texts)
            {
                if (text.Face != face || text.Size != size)
                {
                    face = text.Face;
                    size = text.Size;
                    _content.Append(fontResources[text.Face]).Append(' ');
                    Number(size).Append(" Tf\n");
                }

                _content.Append("1 0 0 1 ");
                Number(text.X).Append(' ');
                Number(pageHeight - text.Baseline).Append(" Tm <");
                Glyphs(text);
                _content.Append("> Tj\n");
            }

            _content.Append("ET\n");
        }

        return Encoding.ASCII.GetBytes(_content.ToString());
    }

    private void Glyphs(TextItem text)
    {
        var metrics = BundledFonts.Metrics(text.Face);
        if (!_used.TryGetValue(text.Face, out var used))
        {
            used = [];
            _used[text.Face] = used;
        }

        foreach (var rune in text.Text.EnumerateRunes())
        {
            used.Add(rune.Value);
            _content.Append(metrics.Glyph(rune.Value).ToString("X4", CultureInfo.InvariantCulture));
        }
    }

    private StringBuilder Number(double value) =>
        _content.Append(Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture));
}
