using System.Globalization;
using System.IO.Compression;
using System.Text;
using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Writes a stream object whose data the library compresses itself (an object stream, the
/// cross-reference stream): «N 0 obj», the dictionary with /Filter and /Length, the zlib data and
/// the line ends PDF/A asks around «stream» and «endstream».
/// </summary>
internal static class PdfFlateObject
{
    /// <summary>
    /// The zlib level. Measured on 5,000 measures: level 4 packs the structure tree within 1 % of
    /// the default level 6 (+17 % over the plain file against +16 %) in about a third of its time,
    /// which was the one cost of PDF/A-2b above PDF/A-1b.
    /// </summary>
    public const int Level = 4;

    /// <summary>
    /// Writes object <paramref name="number"/> at the end of <paramref name="output"/>: a stream
    /// whose dictionary holds <paramref name="entries"/> (PDF syntax, without /Filter and /Length)
    /// and whose data is <paramref name="head"/> then <paramref name="body"/>, compressed together.
    /// </summary>
    public static void Write(PooledBufferStream output, int number, string entries, ReadOnlySpan<byte> head, ReadOnlySpan<byte> body)
    {
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true))
        {
            zlib.Write(head);
            zlib.Write(body);
        }

        var dictionary = $"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n<<{entries}/Filter/FlateDecode/Length {data.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n";
        output.Write(Encoding.Latin1.GetBytes(dictionary));
        output.Write(data.GetBuffer().AsSpan(0, (int)data.Length));
        output.Write("\nendstream\nendobj\n"u8);
    }
}
