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
internal sealed class PageContentWriter : IDisposable
{
    private readonly StringBuilder _content = new(65_536);
    private readonly MemoryStream _compressed = new();
    private readonly byte[] _encoded = new byte[65_536];
    private readonly Dictionary<FontFace, HashSet<int>> _used = [];
    private double _pageHeight;
    private IReadOnlyDictionary<FontFace, string> _fontResources = new Dictionary<FontFace, string>();

    public void Dispose() => _compressed.Dispose();

    /// <summary>The characters drawn in each face across all pages written, so their glyphs are embedded and mapped back to Unicode.</summary>
    public IReadOnlyDictionary<FontFace, HashSet<int>> UsedCharacters => _used;

    /// <summary>
    /// The content of one page, zlib-compressed (with its checksum, so PDFsharp leaves it as it is);
    /// the writer and its buffers are reused page after page.
    /// </summary>
    public byte[] Write(IReadOnlyList<PageItem> items, double pageHeight, IReadOnlyDictionary<FontFace, string> fontResources)
    {
        _pageHeight = pageHeight;
        _fontResources = fontResources;
        _content.Clear();
        if (items.Any(i => i is RuleItem))
        {
            _content.Append("q 0 G 0 J\n");
            var width = double.NaN;
            foreach (var rule in items.OfType<RuleItem>())
            {
                if (rule.Thickness != width)
                {
                    width = rule.Thickness;
                    Number(width).Append(" w\n");
                }

                Number(rule.X1).Append(' ');
                Number(_pageHeight - rule.Y1).Append(" m ");
                Number(rule.X2).Append(' ');
                Number(_pageHeight - rule.Y2).Append(" l S\n");
            }

            _content.Append("Q\n");
        }

        if (items.Any(i => i is TextItem))
        {
            _content.Append("BT 0 g\n");
            FontFace? face = null;
            var size = double.NaN;
            foreach (var text in items.OfType<TextItem>())
            {
                if (text.Face != face || text.Size != size)
                {
                    face = text.Face;
                    size = text.Size;
                    _content.Append(_fontResources[text.Face]).Append(' ');
                    Number(size).Append(" Tf\n");
                }

                _content.Append("1 0 0 1 ");
                Number(text.X).Append(' ');
                Number(_pageHeight - text.Baseline).Append(" Tm <");
                Glyphs(text);
                _content.Append("> Tj\n");
            }

            _content.Append("ET\n");
        }

        _compressed.SetLength(0);
        using (var zlib = new System.IO.Compression.ZLibStream(_compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            foreach (var chunk in _content.GetChunks())
            {
                for (var at = 0; at < chunk.Length; at += _encoded.Length)
                {
                    var piece = chunk.Span.Slice(at, Math.Min(_encoded.Length, chunk.Length - at));
                    zlib.Write(_encoded, 0, Encoding.ASCII.GetBytes(piece, _encoded));
                }
            }
        }

        return _compressed.ToArray();
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
            var glyph = metrics.Glyph(rune.Value);
            _content.Append(Hex[(glyph >> 12) & 0xF]).Append(Hex[(glyph >> 8) & 0xF]).Append(Hex[(glyph >> 4) & 0xF]).Append(Hex[glyph & 0xF]);
        }
    }

    private const string Hex = "0123456789ABCDEF";

    /// <summary>Appends a number with at most three decimals, formatted without allocating.</summary>
    private StringBuilder Number(double value)
    {
        Span<char> digits = stackalloc char[32];
        Math.Round(value, 3).TryFormat(digits, out var written, "0.###", CultureInfo.InvariantCulture);
        return _content.Append(digits[..written]);
    }
}
