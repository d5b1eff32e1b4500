using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Zaozersk.Reporting.Fonts;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// What PDF/A-1b asks of a document beyond what PDFsharp writes by itself: an output intent (the
/// bundled sRGB profile, which makes the DeviceGray text and lines device-independent) and, for
/// each font subset, a CIDSet naming the glyphs it holds. The XMP identification is written by
/// the stabiliser, the annotation print flags by the link writer.
/// </summary>
internal static class PdfArchival
{
    /// <summary>The name readers show for the output condition.</summary>
    private const string OutputCondition = "sRGB IEC61966-2.1";

    /// <summary>The profile, zlib-compressed once per process (deterministic for the same runtime).</summary>
    private static readonly Lazy<byte[]> CompressedProfile = new(() =>
    {
        using var resource = typeof(PdfArchival).Assembly.GetManifestResourceStream("Zaozersk.Reporting.Pdf.sRGB.icc")
            ?? throw new InvalidOperationException("the sRGB profile is missing from the assembly");
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            resource.CopyTo(zlib);
        }

        return compressed.ToArray();
    });

    /// <summary>Adds the output intent and the subsets' CIDSets to <paramref name="document"/>.</summary>
    public static void Prepare(PdfDocument document, IReadOnlyDictionary<FontFace, PdfFont> fonts, IReadOnlyDictionary<FontFace, HashSet<int>> usedCharacters)
    {
        var profile = new PdfDictionary(document);
        profile.CreateStream(CompressedProfile.Value);
        profile.Elements.SetInteger("/N", 3);
        profile.Elements.SetName("/Filter", "/FlateDecode");
        document.Internals.AddObject(profile);

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFA1");
        intent.Elements.SetString("/OutputConditionIdentifier", OutputCondition);
        intent.Elements.SetString("/Info", OutputCondition);
        intent.Elements["/DestOutputProfile"] = profile.Reference;
        document.Internals.Catalog.Elements["/OutputIntents"] = new PdfArray(document, intent);

        foreach (var (face, font) in fonts.OrderBy(f => f.Key))
        {
            if (usedCharacters.TryGetValue(face, out var characters) && Descriptor(font) is { } descriptor)
            {
                var set = new PdfDictionary(document);
                set.CreateStream(CidSet(face, characters));
                document.Internals.AddObject(set);
                descriptor.Elements["/CIDSet"] = set.Reference;
            }
        }
    }

    /// <summary>
    /// The CIDSet bit string: bit n (from the high bit of the first byte) is set when the subset
    /// holds CID n. Text is written as glyph indices through an identity mapping, so each CID is
    /// the glyph index of a character drawn; glyph 0 (.notdef) is always in a subset.
    /// </summary>
    private static byte[] CidSet(FontFace face, HashSet<int> characters)
    {
        var metrics = BundledFonts.Metrics(face);
        var glyphs = characters.Select(c => (int)metrics.Glyph(c)).Append(0).ToList();
        var bits = new byte[(glyphs.Max() / 8) + 1];
        foreach (var glyph in glyphs)
        {
            bits[glyph / 8] |= (byte)(0x80 >> (glyph % 8));
        }

        return bits;
    }

    /// <summary>The font descriptor of a Type 0 font's descendant, where PDF/A wants the CIDSet.</summary>
    private static PdfDictionary? Descriptor(PdfFont font)
    {
        var descendants = font.Elements.GetArray("/DescendantFonts");
        var descendant = descendants?.Elements.Count > 0 ? descendants.Elements.GetDictionary(0) : null;
        return descendant?.Elements.GetDictionary("/FontDescriptor");
    }
}
