using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// The end of the file: the cross-reference section that tells a reader where each object is,
/// the trailer and «startxref». A classic table (the only form PDF/A-1 allows) when every object
/// stands on its own; a compressed cross-reference stream when some are packed into object
/// streams, since a table cannot point into them.
/// </summary>
internal static partial class PdfCrossReference
{
    /// <summary>
    /// Writes the table for objects 1 to <paramref name="next"/> − 1, found at
    /// <paramref name="offsets"/>, with PDFsharp's <paramref name="trailer"/> («trailer» and its
    /// dictionary) given the new /Size. Numbers without an offset are free.
    /// </summary>
    public static void WriteTable(PooledBufferStream output, Dictionary<int, long> offsets, int next, string trailer)
    {
        var at = output.Length;
        var result = new StringBuilder(20 * (next + 8));
        result.Append("xref\n0 ").Append(next.ToString(CultureInfo.InvariantCulture)).Append('\n');
        result.Append("0000000000 65535 f \n");
        for (var number = 1; number < next; number++)
        {
            result.Append(offsets.TryGetValue(number, out var offset) ? offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n" : "0000000000 00000 f \n");
        }

        result.Append(TrailerSize().Replace(trailer, "/Size " + next.ToString(CultureInfo.InvariantCulture), 1));
        result.Append("startxref\n").Append(at.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(result.ToString()));
    }

    /// <summary>
    /// Writes a cross-reference stream, object number <paramref name="number"/> (the last), for
    /// the objects at <paramref name="offsets"/> and those packed in object streams
    /// (<paramref name="compressed"/>), carrying the trailer's /Root, /Info and /ID.
    /// </summary>
    public static void WriteStream(PooledBufferStream output, Dictionary<int, long> offsets, Dictionary<int, (int Stream, int Index)> compressed, int number, string trailer)
    {
        var at = output.Length;
        offsets[number] = at;
        var size = number + 1;

        // Field widths: a type byte; the offset or the stream's number in as few bytes as hold the
        // largest; the generation or the index in the stream in two bytes.
        var width = 1;
        while (width < 8 && Math.Max(at, size) >> (8 * width) != 0)
        {
            width++;
        }

        var entries = new byte[size * (width + 3)];
        for (var n = 0; n < size; n++)
        {
            var entry = entries.AsSpan(n * (width + 3), width + 3);
            if (offsets.TryGetValue(n, out var offset))
            {
                Entry(entry, 1, offset, 0);
            }
            else if (compressed.TryGetValue(n, out var packed))
            {
                Entry(entry, 2, packed.Stream, packed.Index);
            }
            else
            {
                Entry(entry, 0, 0, n == 0 ? 65535 : 0);
            }
        }

        var keys = string.Concat(TrailerKey().Matches(trailer).Select(m => m.Value));
        var dictionary = FormattableString.Invariant($"/Type/XRef/Size {size}/W[1 {width} 2]{keys}");
        PdfFlateObject.Write(output, number, dictionary, entries, default);
        output.Write(Encoding.Latin1.GetBytes("startxref\n" + at.ToString(CultureInfo.InvariantCulture) + "\n%%EOF\n"));

        void Entry(Span<byte> entry, byte type, long second, int third)
        {
            entry[0] = type;
            for (var i = 0; i < width; i++)
            {
                entry[width - i] = (byte)(second >> (8 * i));
            }

            BinaryPrimitives.WriteUInt16BigEndian(entry[(width + 1)..], (ushort)third);
        }
    }

    [GeneratedRegex(@"/Size \d+")]
    private static partial Regex TrailerSize();

    /// <summary>The trailer entries a cross-reference stream carries over: the catalog, the document information and the file identifier.</summary>
    [GeneratedRegex(@"/(Root|Info) \d+ 0 R|/ID\s*\[[^\]]*\]")]
    private static partial Regex TrailerKey();
}
