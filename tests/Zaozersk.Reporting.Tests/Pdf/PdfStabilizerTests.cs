using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Zaozersk.Reporting.Fonts;
using Zaozersk.Reporting.Pdf;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Pdf;

/// <summary>
/// Issue #12: the stabiliser renamed subset tags anywhere in the file, compressed stream data
/// included. It now touches only dictionaries; the /ID comes through PDFsharp's API; and the glyph
/// indices our content writer uses are the ones PDFsharp itself looks up.
/// </summary>
public sealed class PdfStabilizerTests
{
    private static readonly PdfStabilizer.Metadata Metadata = new("Отчет", "Администрация", null, null, "Zaozersk.Reporting test", "PDFsharp", null);

    /// <summary>A PDFsharp document with real subset fonts (the seed's title) and a page stream holding <paramref name="streamText"/> as is.</summary>
    private static byte[] PdfSharpDocument(string streamText, bool compress)
    {
        BundledFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = compress;
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var font = new XFont(BundledFonts.FamilyName, 12, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
            graphics.DrawString(SeedVariant.Seed.PlanSubject, font, XBrushes.Black, 40, 40);
        }

        page.Contents.AppendContent().CreateStream(Encoding.ASCII.GetBytes(streamText));

        // A fixed /ID, so two saves differ only by PDFsharp's random subset tags.
        document.Internals.FirstDocumentID = "0123456789ABCDEF";
        document.Internals.SecondDocumentID = "0123456789ABCDEF";
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static string Latin1(byte[] data) => Encoding.Latin1.GetString(data);

    [Fact]
    public void Tag_like_bytes_in_stream_data_are_left_alone_while_font_tags_are_renamed()
    {
        const string ChanceBytes = "% /QWERTY+ and /ABCDEF+ by chance\n";
        var first = PdfSharpDocument(ChanceBytes, compress: false);
        var second = PdfSharpDocument(ChanceBytes, compress: false);
        Assert.NotEqual(Latin1(first), Latin1(second)); // PDFsharp's subset tags are random

        var stable = PdfStabilizer.Stabilize(first, Metadata).ToArray();

        Assert.Contains(ChanceBytes, Latin1(stable), StringComparison.Ordinal);
        Assert.Equal(stable, PdfStabilizer.Stabilize(second, Metadata).ToArray());
        var tag = Regex.Match(Latin1(stable), @"/FontName\s*/([A-Z]{6})\+").Groups[1].Value;
        Assert.DoesNotContain("/" + tag + "+", Latin1(first), StringComparison.Ordinal);
        var (code, output, error) = Interop.ExternalTools.Run("qpdf", ["--check", WriteTemp(stable)]);
        Assert.True(code == 0, output + error);
    }

    [Theory]
    [InlineData(1 << 20)]
    [InlineData(200)]
    public void Rewriting_in_the_saved_buffer_gives_the_bytes_a_separate_copy_gives(int headroom)
    {
        // Compressed streams gain their Adler-32 trailer and the XMP packet is replaced by one
        // with long Cyrillic metadata: the rewrite grows. With room enough it is done in place;
        // with too little (200 bytes) it must not be, and the result is the same either way.
        var raw = PdfSharpDocument(string.Concat(Enumerable.Repeat("BT /F0 12 Tf (x) Tj ET\n", 2_000)), compress: true);
        var title = string.Concat(Enumerable.Repeat("План противодействия коррупции & «отчёт» ", 40));
        var metadata = Metadata with { Title = title, Subject = title, Keywords = title };
        var expected = PdfStabilizer.Stabilize(raw, metadata).ToArray();

        using var saved = new Zaozersk.Reporting.Packaging.PooledBufferStream(raw.Length, headroom);
        saved.Write(raw);
        var stable = PdfStabilizer.Stabilize(saved, metadata).ToArray();

        Assert.True(expected.Length > raw.Length - 1_000, "the stabilised file should be about the size of the raw one");
        Assert.Equal(expected, stable);
        Assert.Equal(headroom >= 1 << 20 ? 0 : raw.Length, saved.Length);
    }

    [Fact]
    public void Document_id_is_set_through_pdfsharp_from_the_content()
    {
        static string Id(byte[] pdf) => Regex.Match(Latin1(pdf), @"/ID\s*\[\s*<([0-9A-F]{32})>\s*<([0-9A-F]{32})>\s*\]").Groups[1].Value;

        var seed = SeedVariant.Pdf(SeedVariant.Seed);
        var again = SeedVariant.Pdf(SeedVariant.Seed);
        var redated = SeedVariant.Pdf(SeedVariant.Seed with { Date = "30.01.2023" });

        Assert.Matches("^[0-9A-F]{32}$", Id(seed));
        Assert.Equal(Id(seed), Id(again));
        Assert.NotEqual(Id(seed), Id(redated));
    }

    [Fact]
    public void Glyph_indices_we_write_are_the_ones_pdfsharp_looks_up()
    {
        // Every printable character of the seed, drawn by PDFsharp itself in an uncompressed stream.
        var characters = File.ReadAllText(TestData.SeedJsonPath).EnumerateRunes()
            .Where(r => r.Value != ' ' && CharacterPolicy.Classify(r.Value) == CharacterKind.Printable)
            .Select(r => r.Value).Distinct().Order().ToList();
        var text = string.Concat(characters.Select(char.ConvertFromUtf32));
        Assert.True(characters.Count > 100, $"{characters.Count} characters");

        foreach (var face in Enum.GetValues<FontFace>())
        {
            var pdfsharp = GlyphsDrawnByPdfSharp(text, face);
            var ours = characters.Select(c => BundledFonts.Metrics(face).Glyph(c)).ToList();

            Assert.Equal(ours, pdfsharp);
        }
    }

    private static List<int> GlyphsDrawnByPdfSharp(string text, FontFace face)
    {
        BundledFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = false;
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var style = face switch
            {
                FontFace.Bold => XFontStyleEx.Bold,
                FontFace.Italic => XFontStyleEx.Italic,
                FontFace.BoldItalic => XFontStyleEx.BoldItalic,
                _ => XFontStyleEx.Regular,
            };
            var font = new XFont(BundledFonts.FamilyName, 10, style, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
            graphics.DrawString(text, font, XBrushes.Black, 10, 100);
        }

        var content = Latin1(page.Contents.Elements.GetDictionary(0)!.Stream.Value);
        var hex = Regex.Matches(content, @"<([0-9A-Fa-f\s]+)>\s*Tj").Select(m => Regex.Replace(m.Groups[1].Value, @"\s", string.Empty)).SingleOrDefault()
            ?? throw new InvalidOperationException("no text in: " + content[..Math.Min(content.Length, 400)]);
        return Enumerable.Range(0, hex.Length / 4).Select(i => int.Parse(hex.AsSpan(i * 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToList();
    }

    private static string WriteTemp(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zr-stable-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        return file;
    }
}
