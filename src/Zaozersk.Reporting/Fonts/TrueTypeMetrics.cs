using System.Buffers.Binary;

namespace Zaozersk.Reporting.Fonts;

/// <summary>
/// What line breaking needs from a TrueType font, read from its tables: units per em, vertical
/// metrics (hhea), advance widths (hmtx) by character (cmap), underline position (post).
/// </summary>
internal sealed class TrueTypeMetrics
{
    private readonly ushort[] _bmpAdvances = new ushort[0x10000];
    private readonly ushort[] _bmpGlyphs = new ushort[0x10000];
    private readonly bool[] _bmpPresent = new bool[0x10000];
    private readonly Dictionary<int, ushort> _supplementaryAdvances = [];
    private readonly Dictionary<int, ushort> _supplementaryGlyphs = [];

    private TrueTypeMetrics()
    {
    }

    public int UnitsPerEm { get; private init; }

    public int Ascender { get; private init; }

    /// <summary>Positive: the distance below the baseline.</summary>
    public int Descender { get; private init; }

    public int LineGap { get; private init; }

    public int UnderlinePosition { get; private init; }

    public int UnderlineThickness { get; private init; }

    /// <summary>Whether the font has a glyph for <paramref name="codePoint"/>.</summary>
    public bool Has(int codePoint) =>
        codePoint < 0x10000 ? _bmpPresent[codePoint] : _supplementaryAdvances.ContainsKey(codePoint);

    /// <summary>The glyph index of <paramref name="codePoint"/>; 0 (the missing-glyph box) for characters the font lacks.</summary>
    public int Glyph(int codePoint) =>
        codePoint < 0x10000 ? _bmpGlyphs[codePoint] : _supplementaryGlyphs.GetValueOrDefault(codePoint);

    /// <summary>Advance width in font units; 0 for characters the font lacks.</summary>
    public int Advance(int codePoint) =>
        codePoint < 0x10000 ? _bmpAdvances[codePoint] : _supplementaryAdvances.GetValueOrDefault(codePoint);

    public static TrueTypeMetrics Read(byte[] font)
    {
        var tables = TableDirectory(font);
        var head = tables["head"];
        var hhea = tables["hhea"];
        var post = tables["post"];
        var numberOfHMetrics = U16(font, hhea + 34);
        var metrics = new TrueTypeMetrics
        {
            UnitsPerEm = U16(font, head + 18),
            Ascender = S16(font, hhea + 4),
            Descender = -S16(font, hhea + 6),
            LineGap = S16(font, hhea + 8),
            UnderlinePosition = S16(font, post + 8),
            UnderlineThickness = S16(font, post + 10),
        };

        var hmtx = tables["hmtx"];
        var lastAdvance = U16(font, hmtx + ((numberOfHMetrics - 1) * 4));
        ushort AdvanceOf(int glyph) => glyph < numberOfHMetrics ? U16(font, hmtx + (glyph * 4)) : lastAdvance;

        foreach (var (codePoint, glyph) in CharacterMap(font, tables["cmap"]))
        {
            if (glyph == 0)
            {
                continue;
            }

            if (codePoint < 0x10000)
            {
                metrics._bmpAdvances[codePoint] = AdvanceOf(glyph);
                metrics._bmpGlyphs[codePoint] = (ushort)glyph;
                metrics._bmpPresent[codePoint] = true;
            }
            else
            {
                metrics._supplementaryAdvances[codePoint] = AdvanceOf(glyph);
                metrics._supplementaryGlyphs[codePoint] = (ushort)glyph;
            }
        }

        metrics.AddLookAlikes();
        return metrics;
    }

    /// <summary>
    /// The character whose glyph draws <paramref name="codePoint"/>: itself, or for a character the font
    /// lacks but draws as another (<see cref="LookAlikes"/>), that other one. The PDF's font subset must
    /// hold that character's glyph.
    /// </summary>
    public int DrawnAs(int codePoint) => _drawnAs.TryGetValue(codePoint, out var other) ? other : codePoint;

    // Characters Unicode defines as looking exactly like another, which the font leaves out: the
    // non-breaking hyphen (Word's w:noBreakHyphen) is «identical in appearance» to U+2010 HYPHEN; only
    // where a line may break differs, and the line breaker never breaks at it.
    private static readonly (int Character, int[] DrawnAs)[] LookAlikes = [(0x2011, [0x2010, '-'])];

    private readonly Dictionary<int, int> _drawnAs = [];

    private void AddLookAlikes()
    {
        foreach (var (character, candidates) in LookAlikes)
        {
            if (_bmpPresent[character] || candidates.FirstOrDefault(c => _bmpPresent[c]) is not (> 0 and var other))
            {
                continue;
            }

            _bmpAdvances[character] = _bmpAdvances[other];
            _bmpGlyphs[character] = _bmpGlyphs[other];
            _bmpPresent[character] = true;
            _drawnAs[character] = other;
        }
    }

    private static Dictionary<string, int> TableDirectory(byte[] font)
    {
        var count = U16(font, 4);
        var tables = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (i * 16);
            var tag = System.Text.Encoding.ASCII.GetString(font, record, 4);
            tables[tag] = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
        }

        return tables;
    }

    /// <summary>Code point → glyph from the Windows Unicode subtable: format 12 (full) if present, else format 4 (BMP).</summary>
    private static IEnumerable<(int CodePoint, int Glyph)> CharacterMap(byte[] font, int cmap)
    {
        var count = U16(font, cmap + 2);
        int? format4 = null, format12 = null;
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + (i * 8);
            var platform = U16(font, record);
            var encoding = U16(font, record + 2);
            var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 4));
            if (platform == 3 && encoding == 10 && U16(font, offset) == 12)
            {
                format12 = offset;
            }
            else if (platform == 3 && encoding == 1 && U16(font, offset) == 4)
            {
                format4 = offset;
            }
        }

        if (format12 is { } table12)
        {
            var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(table12 + 12));
            for (var g = 0; g < groups; g++)
            {
                var group = table12 + 16 + (g * 12);
                var start = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(group));
                var end = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(group + 4));
                var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(group + 8));
                for (var c = start; c <= end; c++)
                {
                    yield return (c, glyph + (c - start));
                }
            }

            yield break;
        }

        if (format4 is not { } table)
        {
            throw new InvalidDataException("the font has no Unicode character map");
        }

        var segments = U16(font, table + 6) / 2;
        var ends = table + 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var s = 0; s < segments; s++)
        {
            var end = U16(font, ends + (s * 2));
            var start = U16(font, starts + (s * 2));
            var delta = S16(font, deltas + (s * 2));
            var rangeOffsetAt = rangeOffsets + (s * 2);
            var rangeOffset = U16(font, rangeOffsetAt);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsetAt + rangeOffset + ((c - start) * 2);
                    glyph = U16(font, at);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                yield return (c, glyph);
            }
        }
    }

    private static ushort U16(byte[] data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset));

    private static short S16(byte[] data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(offset));
}
