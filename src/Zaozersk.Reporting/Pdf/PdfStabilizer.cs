using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Rewrites PDFsharp's output so that it depends only on the document and is clean for strict
/// readers. PDFsharp leaves two things to chance or to the machine that its API cannot set:
/// font-subset tags are random, and the XMP metadata carries random UUIDs, the local time zone
/// and unescaped text. Its Flate streams also lack the zlib Adler-32 trailer, which qpdf reports.
/// (The document /ID is set through PDFsharp's API by the writer.) Object by object, this adds
/// the trailers, regenerates the XMP from the document information, renames the subset tags from
/// a digest of the content, and rebuilds the xref table. Tags are renamed only where PDF syntax
/// can hold them, in object dictionaries: stream data is copied untouched, since compressed bytes
/// may contain anything, «/ABCDEF+» included.
/// </summary>
internal static partial class PdfStabilizer
{
    /// <summary>What the XMP packet should say.</summary>
    public sealed record Metadata(string? Title, string? Author, string? Subject, string? Keywords, string Creator, string Producer, DateOnly? Created)
    {
        /// <summary>The document's language for dc:language, or null to leave it out.</summary>
        public string? Language { get; init; }

        /// <summary>The PDF/A part (1 or 2, conformance level B) the packet identifies the file as; 0 for none.</summary>
        public int PdfAPart { get; init; }

        /// <summary>
        /// Whether the library's own objects (the structure tree) are packed into compressed object
        /// streams, with a cross-reference stream instead of the table: PDF/A-2 allows it, PDF/A-1 does not.
        /// </summary>
        public bool ObjectStreams { get; init; }
    }

    /// <summary>The stabilised file; <paramref name="file"/> is only read.</summary>
    public static ReadOnlyMemory<byte> Stabilize(ArraySegment<byte> file, Metadata metadata, IReadOnlyList<PdfAppendix>? appendices = null)
    {
        var layout = Layout.Of(file);
        return RewriteCopy(file, layout, XmpPacket(metadata), Numbering.Of(layout, appendices ?? [], metadata.ObjectStreams));
    }

    /// <summary>
    /// The stabilised file, rewritten into <paramref name="saved"/>'s own buffer when its headroom
    /// covers what the rewrite can add (a few bytes an object and the XMP packet), so a large
    /// document is not held twice; otherwise into a buffer of its own. <paramref name="saved"/>
    /// is left empty in the first case, untouched in the second.
    /// </summary>
    public static ReadOnlyMemory<byte> Stabilize(PooledBufferStream saved, Metadata metadata, IReadOnlyList<PdfAppendix>? appendices = null)
    {
        var file = saved.Written;
        var layout = Layout.Of(file);
        var numbering = Numbering.Of(layout, appendices ?? [], metadata.ObjectStreams);

        // Each object grows by at most the Adler-32 trailer (4 bytes) and a digit of its /Length;
        // the XMP packet is replaced whole; a page given another parent by an appendix, the digits
        // of the new reference. With that much headroom, every byte written lands before the bytes
        // still to be read. (Appended objects are written after the last one is read.)
        var xmp = XmpPacket(metadata);
        var growth = (5L * layout.Offsets.Count) + xmp.Length + 64 + (10L * numbering.Parents.Count);
        if (growth > saved.Headroom)
        {
            return RewriteCopy(file, layout, xmp, numbering);
        }

        var (written, rewrite) = saved.RewriteInPlace();
        using (rewrite)
        {
            Rewrite(written, layout, rewrite, xmp, numbering);
            return rewrite.Detach();
        }
    }

    /// <summary>The stabilised file in a buffer of its own.</summary>
    private static ReadOnlyMemory<byte> RewriteCopy(ArraySegment<byte> file, Layout layout, byte[] xmp, Numbering numbering)
    {
        using var output = new PooledBufferStream(file.Count + 65_536);
        Rewrite(file, layout, output, xmp, numbering);
        return output.Detach();
    }

    /// <summary>Where PDFsharp put the cross-reference table, the objects and the trailer.</summary>
    private sealed record Layout(int XrefAt, List<(int Number, int Offset)> Offsets, string Trailer)
    {
        public static Layout Of(ReadOnlySpan<byte> pdf)
        {
            var xrefAt = StartXref(pdf);
            var offsets = XrefOffsets(pdf, xrefAt);
            var trailerAt = pdf[xrefAt..].IndexOf("trailer"u8) + xrefAt;
            var trailerEnd = pdf[trailerAt..].IndexOf("startxref"u8) + trailerAt;
            return new Layout(xrefAt, offsets, Encoding.Latin1.GetString(pdf[trailerAt..trailerEnd]));
        }
    }

    /// <summary>
    /// The appendices' objects numbered after PDFsharp's (<paramref name="Size"/> is PDFsharp's
    /// trailer /Size, <paramref name="Next"/> the file's): the objects they replace and the pages
    /// they give another parent; and whether the appended objects are packed into object streams.
    /// </summary>
    private sealed record Numbering(IReadOnlyList<PdfAppendix> Appendices, int Size, int Next, HashSet<int> Replaced, Dictionary<int, int> Parents, bool ObjectStreams)
    {
        public static Numbering Of(Layout layout, IReadOnlyList<PdfAppendix> appendices, bool objectStreams)
        {
            var size = layout.Offsets.Count + 1;
            var next = size;
            var replaced = new HashSet<int>();
            var parents = new Dictionary<int, int>();
            foreach (var appendix in appendices)
            {
                appendix.Number(next);
                next += appendix.Added;
                replaced.UnionWith(appendix.Replaced);
                foreach (var (page, parent) in appendix.PageParents ?? new Dictionary<int, int>())
                {
                    parents[page] = parent;
                }
            }

            return new Numbering(appendices, size, next, replaced, parents, objectStreams);
        }
    }

    /// <summary>Writes the stabilised file to <paramref name="output"/>, reading each object of <paramref name="file"/> before writing it.</summary>
    private static void Rewrite(ArraySegment<byte> file, Layout layout, PooledBufferStream output, byte[] xmp, Numbering numbering)
    {
        ReadOnlySpan<byte> pdf = file;
        var (xrefAt, offsets, trailer) = layout;
        var order = offsets.Where(o => o.Offset > 0).OrderBy(o => o.Offset).ToList();
        var (appendices, _, next, replaced, parents, objectStreams) = numbering;

        output.Write(pdf[..order[0].Offset]);
        var newOffsets = new Dictionary<int, long>(next);
        var tags = new List<int>();
        for (var i = 0; i < order.Count; i++)
        {
            var start = order[i].Offset;
            var end = i + 1 < order.Count ? order[i + 1].Offset : xrefAt;
            if (replaced.Contains(order[i].Number))
            {
                continue;
            }

            newOffsets[order[i].Number] = output.Position;
            WriteObject(output, file, start, end, xmp, tags, parents.TryGetValue(order[i].Number, out var parent) ? parent : 0);
        }

        var packing = objectStreams && appendices.Count > 0 ? new PdfObjectStreams(next) : null;
        if (appendices.Count > 0)
        {
            var writer = new PdfObjectWriter(output, newOffsets, packing);
            foreach (var appendix in appendices)
            {
                appendix.Write(writer);
            }

            writer.Flush();
        }

        RenameSubsetTags(output.Written.AsSpan(0, (int)output.Length), tags);
        if (packing is null)
        {
            PdfCrossReference.WriteTable(output, newOffsets, next, trailer);
        }
        else
        {
            PdfCrossReference.WriteStream(output, newOffsets, packing.Compressed, packing.Next, trailer);
        }
    }

    private static int StartXref(ReadOnlySpan<byte> pdf)
    {
        var at = pdf.LastIndexOf("startxref"u8) + "startxref".Length;
        while (pdf[at] is (byte)' ' or (byte)'\r' or (byte)'\n')
        {
            at++;
        }

        var value = 0;
        while (pdf[at] is >= (byte)'0' and <= (byte)'9')
        {
            value = (value * 10) + (pdf[at++] - '0');
        }

        return value;
    }

    private static List<(int Number, int Offset)> XrefOffsets(ReadOnlySpan<byte> pdf, int xrefAt)
    {
        var end = pdf[xrefAt..].IndexOf("trailer"u8) + xrefAt;
        var lines = Encoding.Latin1.GetString(pdf[xrefAt..end]).Split('\n');
        var header = lines[1].Split(' ');
        var first = int.Parse(header[0], CultureInfo.InvariantCulture);
        var count = int.Parse(header[1], CultureInfo.InvariantCulture);
        var entries = new List<(int, int)>();
        for (var n = 0; n < count; n++)
        {
            var entry = lines[2 + n];
            if (first + n > 0 && entry.Length >= 18 && entry[17] == 'n')
            {
                entries.Add((first + n, int.Parse(entry[..10], CultureInfo.InvariantCulture)));
            }
        }

        return entries;
    }

    /// <summary>Copies one object, noting where subset tags stand in its dictionary (never in its stream data).</summary>
    private static void WriteObject(PooledBufferStream output, ArraySegment<byte> pdf, int start, int end, byte[] xmp, List<int> tags, int parent)
    {
        var segment = pdf.AsSpan(start, end - start);
        var streamAt = segment.IndexOf(">>\nstream\n"u8);
        if (parent > 0 && streamAt < 0)
        {
            // A page hung under another node of the page tree.
            WriteDictionary(output, Encoding.Latin1.GetBytes(ParentOf().Replace(Encoding.Latin1.GetString(segment), "/Parent " + parent.ToString(CultureInfo.InvariantCulture) + " 0 R", 1)), tags);
            return;
        }

        if (streamAt < 0)
        {
            // Annotations carry the save time in the local zone (/M) and a random /NM: drop both.
            if (segment.IndexOf("/Type/Annot"u8) >= 0)
            {
                WriteDictionary(output, Encoding.Latin1.GetBytes(AnnotationNoise().Replace(Encoding.Latin1.GetString(segment), string.Empty)), tags);
            }
            else
            {
                WriteDictionary(output, segment, tags);
            }

            return;
        }

        var dictionary = Encoding.Latin1.GetString(segment[..(streamAt + 2)]);
        var length = LengthOf().Match(dictionary);
        if (!length.Success)
        {
            // A stream whose length is not a plain number is copied whole: without its length its data cannot be told apart.
            output.Write(segment);
            return;
        }

        var dataStart = streamAt + ">>\nstream\n"u8.Length;
        var data = segment.Slice(dataStart, int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture));
        var tail = segment[(dataStart + data.Length)..];
        ReadOnlySpan<byte> extra = default;
        byte[]? replacement = null;
        if (dictionary.Contains("/Type/Metadata", StringComparison.Ordinal))
        {
            replacement = xmp;
        }
        else if (dictionary.Contains("/Filter/FlateDecode", StringComparison.Ordinal))
        {
            extra = MissingAdler32(pdf.Slice(start + dataStart, data.Length));
        }

        var newLength = (replacement?.Length ?? data.Length) + extra.Length;
        WriteDictionary(output, Encoding.Latin1.GetBytes(LengthOf().Replace(dictionary, "/Length " + newLength.ToString(CultureInfo.InvariantCulture), 1)), tags);
        output.Write("\nstream\n"u8);
        output.Write(replacement ?? data);
        output.Write(extra);
        output.Write(tail);
    }

    /// <summary>
    /// PDFsharp writes a zlib header and the deflate data, but not the Adler-32 checksum zlib
    /// requires at the end: the four bytes to append, or none when the stream is not zlib or
    /// already has them. The checksum is computed while inflating into a reused buffer.
    /// </summary>
    private static byte[] MissingAdler32(ArraySegment<byte> zlib)
    {
        if (zlib.Count < 2 || zlib[0] != 0x78)
        {
            return [];
        }

        uint a = 1, b = 0;
        try
        {
            // Inflated straight from the file's buffer: no copy of the data.
            using var inflate = new DeflateStream(new MemoryStream(zlib.Array!, zlib.Offset + 2, zlib.Count - 2, writable: false), CompressionMode.Decompress);
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(81_920);
            try
            {
                // The sums are reduced once every 5,552 bytes, the most that cannot overflow 32 bits
                // (zlib's own bound), instead of twice a byte: every page's content is inflated here,
                // so the per-byte division was a good part of the stabiliser's time. Same checksum.
                int read;
                while ((read = inflate.Read(buffer, 0, buffer.Length)) > 0)
                {
                    for (var from = 0; from < read; from += 5_552)
                    {
                        foreach (var value in buffer.AsSpan(from, Math.Min(5_552, read - from)))
                        {
                            a += value;
                            b += a;
                        }

                        a %= 65521;
                        b %= 65521;
                    }
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (InvalidDataException)
        {
            return [];
        }

        var adler = (b << 16) | a;
        byte[] tail = [(byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler];
        return zlib.Count >= 6 && zlib.AsSpan(zlib.Count - 4).SequenceEqual(tail) ? [] : tail;
    }

    /// <summary>Writes dictionary syntax, noting the output position of each «/XXXXXX+» subset prefix in it.</summary>
    private static void WriteDictionary(PooledBufferStream output, ReadOnlySpan<byte> dictionary, List<int> tags)
    {
        var at = (int)output.Position;
        for (var i = 0; i + 8 <= dictionary.Length; i++)
        {
            if (dictionary[i] == '/' && dictionary[i + 7] == '+' && dictionary.Slice(i + 1, 6).IndexOfAnyExceptInRange((byte)'A', (byte)'Z') < 0)
            {
                tags.Add(at + i + 1);
            }
        }

        output.Write(dictionary);
    }

    /// <summary>
    /// Replaces each subset prefix found in the dictionaries by six letters derived from the
    /// content, in place (same length). Different subsets of a face get different tags because
    /// their glyph sets differ.
    /// </summary>
    private static void RenameSubsetTags(Span<byte> body, List<int> found)
    {
        // Digest of the body with every tag masked, so the new tags do not depend on the random old ones.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var last = 0;
        foreach (var at in found)
        {
            hash.AppendData(body[last..at]);
            hash.AppendData("AAAAAA"u8);
            last = at + 6;
        }

        hash.AppendData(body[last..]);
        var digest = hash.GetHashAndReset();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var at in found)
        {
            var tag = Encoding.ASCII.GetString(body.Slice(at, 6));
            if (!names.TryGetValue(tag, out var name))
            {
                var seed = SHA256.HashData([.. digest, (byte)names.Count]);
                name = string.Concat(seed.Take(6).Select(x => (char)('A' + (x % 26))));
                names[tag] = name;
            }

            Encoding.ASCII.GetBytes(name, body.Slice(at, 6));
        }
    }

    /// <summary>The XMP packet that replaces PDFsharp's, as written into the file.</summary>
    private static byte[] XmpPacket(Metadata metadata) => Encoding.UTF8.GetBytes(Xmp(metadata));

    private static string Xmp(Metadata m)
    {
        static string E(string? text) => SecurityElement.Escape(text ?? string.Empty);
        var date = m.Created is { } created ? created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z" : null;
        var dates = date is null ? string.Empty : $"<xmp:CreateDate>{date}</xmp:CreateDate><xmp:ModifyDate>{date}</xmp:ModifyDate>";
        var language = m.Language is null ? string.Empty : $"<dc:language><rdf:Bag><rdf:li>{E(m.Language)}</rdf:li></rdf:Bag></dc:language>";
        var identification = m.PdfAPart > 0 ? $"<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"><pdfaid:part>{m.PdfAPart.ToString(CultureInfo.InvariantCulture)}</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n" : string.Empty;
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"><pdf:Producer>{E(m.Producer)}</pdf:Producer><pdf:Keywords>{E(m.Keywords)}</pdf:Keywords></rdf:Description>\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:format>application/pdf</dc:format><dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(m.Title)}</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>{E(m.Author)}</rdf:li></rdf:Seq></dc:creator><dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(m.Subject)}</rdf:li></rdf:Alt></dc:description>{language}</rdf:Description>\n"
            + $"<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"><xmp:CreatorTool>{E(m.Creator)}</xmp:CreatorTool>{dates}</rdf:Description>\n"
            + identification
            + "</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"r\"?>";
    }

    [GeneratedRegex(@"/(M|NM)\s*\([^)]*\)")]
    private static partial Regex AnnotationNoise();

    [GeneratedRegex(@"/Length (\d+)")]
    private static partial Regex LengthOf();

    [GeneratedRegex(@"/Parent \d+ 0 R")]
    private static partial Regex ParentOf();
}
