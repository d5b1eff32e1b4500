using System.Buffers;
using System.Globalization;
using System.Text;
using Zaozersk.Reporting.Fonts;
using Zaozersk.Reporting.Layout;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Writes a laid-out page's text and rules as PDF content operators. The layout already knows
/// every position, width and glyph, so this is a plain translation: text in each bundled face as
/// glyph indices (the Identity-H encoding PDFsharp's Unicode fonts use), rules as stroked lines.
/// Doing it here instead of one XGraphics call per piece of text keeps large documents fast.
/// </summary>
internal sealed class PageContentWriter : IDisposable
{
    // Content operators are ASCII, so they are written as bytes straight away. The buffer is
    // reused page after page; it grows to the largest page, which stays under the runtime's
    // large-object threshold for pages of text.
    private readonly ArrayBufferWriter<byte> _content = new(16_384);
    private readonly MemoryStream _compressed = new();
    private readonly Dictionary<FontFace, HashSet<int>> _used = [];
    private double _pageHeight;
    private IReadOnlyDictionary<FontFace, string> _fontResources = new Dictionary<FontFace, string>();
    private PdfStructureTree? _tags;

    public void Dispose() => _compressed.Dispose();

    /// <summary>The characters drawn in each face across all pages written, so their glyphs are embedded and mapped back to Unicode.</summary>
    public IReadOnlyDictionary<FontFace, HashSet<int>> UsedCharacters => _used;

    /// <summary>
    /// The content of one page, zlib-compressed (with its checksum, so PDFsharp leaves it as it is);
    /// the writer and its buffers are reused page after page.
    /// </summary>
    /// <remarks>
    /// With <paramref name="tags"/> the content is marked: each run of a structure node's text is
    /// a marked-content sequence the tree refers to, and everything else (rules, page furniture)
    /// is an artifact.
    /// </remarks>
    public byte[] Write(IReadOnlyList<PageItem> items, double pageHeight, IReadOnlyDictionary<FontFace, string> fontResources, PdfStructureTree? tags = null)
    {
        _pageHeight = pageHeight;
        _fontResources = fontResources;
        _tags = tags;
        _content.ResetWrittenCount();
        WriteRules(items);
        WriteText(items);

        _compressed.SetLength(0);
        using (var zlib = new System.IO.Compression.ZLibStream(_compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(_content.WrittenSpan);
        }

        return _compressed.ToArray();
    }

    private void WriteRules(IReadOnlyList<PageItem> items)
    {
        var width = double.NaN;
        foreach (var item in items)
        {
            if (item is not RuleItem rule)
            {
                continue;
            }

            if (double.IsNaN(width))
            {
                Ascii(_tags is null ? "q 0 G 0 J\n" : "/Artifact BMC q 0 G 0 J\n");
            }

            if (rule.Thickness != width)
            {
                width = rule.Thickness;
                Number(width);
                Ascii(" w\n");
            }

            Number(rule.X1);
            Ascii(" ");
            Number(_pageHeight - rule.Y1);
            Ascii(" m ");
            Number(rule.X2);
            Ascii(" ");
            Number(_pageHeight - rule.Y2);
            Ascii(" l S\n");
        }

        if (!double.IsNaN(width))
        {
            Ascii(_tags is null ? "Q\n" : "Q EMC\n");
        }
    }

    private void WriteText(IReadOnlyList<PageItem> items)
    {
        var any = false;
        FontFace? face = null;
        var size = double.NaN;
        var marked = false;
        StructureNode? node = null;
        foreach (var item in items)
        {
            if (item is StructureItem structure)
            {
                _tags?.Touch(structure.Node);
                continue;
            }

            if (item is not TextItem text)
            {
                continue;
            }

            if (!any)
            {
                any = true;
                Ascii("BT 0 g\n");
            }

            if (_tags is not null && (!marked || !ReferenceEquals(text.Node, node)))
            {
                if (marked)
                {
                    Ascii("EMC\n");
                }

                marked = true;
                node = text.Node;
                if (node is null)
                {
                    Ascii("/Artifact BMC\n");
                }
                else
                {
                    Ascii("/");
                    Ascii(RoleNames[(int)node.Role]);
                    Ascii(" <</MCID ");
                    Number(_tags.MarkedContent(node));
                    Ascii(">> BDC\n");
                }
            }

            if (text.Face != face || text.Size != size)
            {
                face = text.Face;
                size = text.Size;
                Ascii(_fontResources[text.Face]);
                Ascii(" ");
                Number(size);
                Ascii(" Tf\n");
            }

            Ascii("1 0 0 1 ");
            Number(text.X);
            Ascii(" ");
            Number(_pageHeight - text.Baseline);
            Ascii(" Tm <");
            Glyphs(text);
            Ascii("> Tj\n");
        }

        if (marked)
        {
            Ascii("EMC\n");
        }

        if (any)
        {
            Ascii("ET\n");
        }
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
            used.Add(metrics.DrawnAs(rune.Value));
            var glyph = metrics.Glyph(rune.Value);
            var hex = _content.GetSpan(4);
            hex[0] = Hex[(glyph >> 12) & 0xF];
            hex[1] = Hex[(glyph >> 8) & 0xF];
            hex[2] = Hex[(glyph >> 4) & 0xF];
            hex[3] = Hex[glyph & 0xF];
            _content.Advance(4);
        }
    }

    private static readonly string[] RoleNames = Enum.GetNames<StructureRole>();

    private static ReadOnlySpan<byte> Hex => "0123456789ABCDEF"u8;

    /// <summary>Appends ASCII text (operators, resource names) as its bytes.</summary>
    private void Ascii(string text)
    {
        var bytes = _content.GetSpan(text.Length);
        _content.Advance(Encoding.ASCII.GetBytes(text, bytes));
    }

    /// <summary>Appends a number with at most three decimals, formatted without allocating.</summary>
    /// <remarks>
    /// Gives the bytes of <c>Math.Round(value, 3).ToString("0.###")</c>, but writes the digits of
    /// the whole thousandths itself: a custom format string is parsed on every call, and with a few
    /// numbers for each piece of text it took a good part of the time spent writing a page. When the
    /// rounded value is not exactly its thousandths (huge numbers, negative zero), the format is used.
    /// </remarks>
    private void Number(double value)
    {
        var digits = _content.GetSpan(32);
        var rounded = Math.Round(value, 3);
        var thousandths = Math.Round(rounded * 1000);
        if (!(Math.Abs(thousandths) < 1e15) || thousandths / 1000 != rounded || (rounded == 0 && double.IsNegative(rounded)))
        {
            rounded.TryFormat(digits, out var formatted, "0.###", CultureInfo.InvariantCulture);
            _content.Advance(formatted);
            return;
        }

        var whole = (long)thousandths;
        var written = 0;
        if (whole < 0)
        {
            digits[written++] = (byte)'-';
            whole = -whole;
        }

        (whole / 1000).TryFormat(digits[written..], out var integer, provider: CultureInfo.InvariantCulture);
        written += integer;

        // Up to three decimals, without trailing zeros.
        var fraction = (int)(whole % 1000);
        if (fraction != 0)
        {
            digits[written++] = (byte)'.';
            for (var unit = 100; fraction != 0; unit /= 10)
            {
                digits[written++] = (byte)('0' + (fraction / unit));
                fraction %= unit;
            }
        }

        _content.Advance(written);
    }

    /// <summary>Appends a non-negative integer (a marked-content id): the same digits, without the decimal path.</summary>
    private void Number(int value)
    {
        var digits = _content.GetSpan(11);
        value.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        _content.Advance(written);
    }
}
