using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using Zaozersk.Reporting.Fonts;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Draws a laid-out document with PDFsharp: text in embedded Liberation Serif subsets (Unicode,
/// so it can be searched and copied), borders, link annotations, one outline entry per bookmark,
/// metadata from the input. The result is stabilised so the same input gives the same bytes.
/// Pages are written as the layout produces them and are not kept: PDFsharp holds only each
/// page's compressed content, so memory grows with the output file, not with the layout.
/// </summary>
internal static class PdfDocumentWriter
{
    private static readonly string Creator = Producer.NameAndVersion;

    public static ReadOnlyMemory<byte> Write(LaidOutDocument layout, PdfConformance conformance = PdfConformance.PdfA1b) => Write(layout.Pages, layout.Info, conformance);

    /// <summary>Writes <paramref name="pages"/> one by one as the enumeration yields them.</summary>
    /// <param name="pages">The pages, laid out as they are enumerated.</param>
    /// <param name="info">The document's properties.</param>
    /// <param name="conformance">What standard the file is written to.</param>
    /// <param name="afterLastPage">Hears of the page count once the last page is written, before the file is saved.</param>
    public static ReadOnlyMemory<byte> Write(IEnumerable<LaidOutPage> pages, Documents.DocumentInfo info, PdfConformance conformance = PdfConformance.PdfA1b, Action<int>? afterLastPage = null)
    {
        // PDFsharp's document, which holds every page's objects, is gone before the stabiliser
        // makes the final copy: for a long document the two would otherwise be alive together.
        var pdfA = conformance != PdfConformance.None;
        using var saved = Save(pages, info, pdfA, afterLastPage, out var producer, out var appendices);
        var metadata = new PdfStabilizer.Metadata(info.Title, info.Author, info.Subject, info.Keywords, Creator, producer, info.Created)
        {
            Language = pdfA ? info.Language : null,
            PdfAPart = conformance switch { PdfConformance.PdfA1b => 1, PdfConformance.PdfA2b => 2, _ => 0 },
            ObjectStreams = conformance == PdfConformance.PdfA2b,
        };
        return PdfStabilizer.Stabilize(saved, metadata, appendices);
    }

    /// <summary>
    /// PDFsharp's file for the pages, and the producer it names, in a rented buffer the caller
    /// disposes; and the objects the stabiliser writes after PDFsharp's (the structure tree).
    /// </summary>
    private static PooledBufferStream Save(IEnumerable<LaidOutPage> pages, Documents.DocumentInfo info, bool pdfA, Action<int>? afterLastPage, out string producer, out IReadOnlyList<PdfAppendix> appendices)
    {
        BundledFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = true;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.Default;
        Describe(document, info);
        if (pdfA)
        {
            // PDFsharp gives every page a transparency group unless the colour mode is undefined;
            // PDF/A-1 forbids transparency, and nothing here is transparent.
            document.Options.ColorMode = PdfColorMode.Undefined;
        }

        var fonts = new Dictionary<(FontFace, double), XFont>();
        XFont Font(FontFace face, double size)
        {
            if (!fonts.TryGetValue((face, size), out var font))
            {
                var style = face switch
                {
                    FontFace.Bold => XFontStyleEx.Bold,
                    FontFace.Italic => XFontStyleEx.Italic,
                    FontFace.BoldItalic => XFontStyleEx.BoldItalic,
                    _ => XFontStyleEx.Regular,
                };
                font = new XFont(BundledFonts.FamilyName, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
                fonts[(face, size)] = font;
            }

            return font;
        }

        // What XGraphics registers on a page for black text: the fill state and one font object a
        // face. Taken from the first page that draws with them and added to later pages directly.
        PdfExtGState? fillState = null;
        var fontObjects = new Dictionary<FontFace, PdfFont>();

        // A page's resources, by face: what drawing on it with XGraphics would register. The first
        // time a face is seen XGraphics draws a space with it (that drawing is then discarded: the
        // page's content is written below from the layout's own positions); from then on the same
        // objects are added straight to the resources, in the same order, which gives the same
        // page dictionary without XGraphics' per-page objects (about 0.5 KB a page and its time).
        Dictionary<FontFace, string> RegisterFonts(PdfPage page, LaidOutPage laidOut)
        {
            var faces = laidOut.Items.OfType<TextItem>().Select(t => t.Face).Distinct().Order().ToList();
            var names = new Dictionary<FontFace, string>();
            if (fillState is not null && faces.Count > 0 && faces.TrueForAll(fontObjects.ContainsKey))
            {
                // PDFsharp writes a page's keys in the order they were set: XGraphics sets the
                // contents first, then the fill state, then the fonts.
                _ = page.Contents;
                page.Resources.AddExtGState(fillState);
                foreach (var face in faces)
                {
                    names[face] = page.Resources.AddFont(fontObjects[face]);
                }

                return names;
            }

            using (var graphics = XGraphics.FromPdfPage(page))
            {
                foreach (var face in faces)
                {
                    var before = FontResourceNames(page);
                    graphics.DrawString(" ", Font(face, 10), XBrushes.Black, 0, 0);
                    names[face] = FontResourceNames(page).Except(before).Single();
                    fontObjects[face] = (PdfFont)page.Resources.Elements.GetDictionary("/Font")!.Elements.GetReference(names[face])!.Value;
                    fillState ??= page.Resources.Elements.GetDictionary("/ExtGState")?.Elements.Values.OfType<PdfReference>().Select(r => r.Value).OfType<PdfExtGState>().SingleOrDefault();
                }
            }

            // The discarded drawing is taken out of the document's object table too: saving would drop
            // it as unreachable anyway (same bytes), but until then it would hold memory on every page.
            foreach (var discarded in page.Contents.Elements.OfType<PdfReference>().Select(r => r.Value).ToList())
            {
                document.Internals.RemoveObject(discarded);
            }

            page.Contents.Elements.Clear();
            return names;
        }

        using var writer = new PageContentWriter();
        using var digest = new ContentDigest();
        var links = new PdfLinkWriter(document, printable: pdfA);

        // Archival output is tagged too: the structure tree is filled as the pages are written.
        var tags = pdfA ? new PdfStructureTree(document) : null;
        var linkNodes = new List<(PdfSharp.Pdf.Annotations.PdfLinkAnnotation Annotation, StructureNode Node)>();
        foreach (var text in new[] { Creator, info.Title, info.Author, info.Subject, info.Keywords, info.Language, info.Created?.ToString("O", CultureInfo.InvariantCulture) })
        {
            digest.Add(text);
        }

        if (pdfA)
        {
            digest.Add("PDF/A-1b");
        }

        var pageCount = 0;
        var contentBytes = 0L;
        var annotations = 0;
        foreach (var laidOut in pages)
        {
            pageCount++;
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(laidOut.Width);
            page.Height = XUnit.FromPoint(laidOut.Height);
            digest.Add(laidOut.Width);
            digest.Add(laidOut.Height);

            var resources = RegisterFonts(page, laidOut);
            tags?.BeginPage(page);
            foreach (var item in laidOut.Items)
            {
                switch (item)
                {
                    case LinkItem link:
                        annotations++;
                        // Annotation rectangles are in PDF space: origin bottom-left.
                        var annotation = links.Add(page, new PdfRectangle(new XRect(link.X, laidOut.Height - link.Y - link.Height, link.Width, link.Height)), link.Target);
                        if (tags is not null && link.Node is not null)
                        {
                            linkNodes.Add((annotation, link.Node));
                        }

                        digest.Add(link.X);
                        digest.Add(link.Y);
                        digest.Add(link.Width);
                        digest.Add(link.Height);
                        digest.Add(link.Target.OriginalString);
                        break;
                    case BookmarkItem bookmark:
                        annotations++;
                        digest.Add(bookmark.Title);
                        digest.Add(bookmark.Y);
                        var outline = document.Outlines.Add(bookmark.Title, page, true);
                        outline.PageDestinationType = PdfPageDestinationType.Xyz;
                        outline.Top = laidOut.Height - bookmark.Y;
                        outline.Left = 0;
                        break;
                }
            }

            var content = page.Contents.AppendContent();
            var data = writer.Write(laidOut.Items, laidOut.Height, resources, tags);

            // A link's element holds its text (met in the content) and then its annotation.
            foreach (var (annotation, node) in linkNodes)
            {
                tags!.Annotation(annotation, node);
            }

            linkNodes.Clear();
            digest.Add(data);
            contentBytes += data.Length;
            content.CreateStream(data);
            content.Elements.SetName("/Filter", "/FlateDecode");
        }

        // The layout is done: the caller may let go of what it held before PDFsharp's save adds the file's buffer.
        afterLastPage?.Invoke(pageCount);

        // Embed exactly the glyphs the text uses, with their Unicode mapping for search and copy.
        foreach (var (face, characters) in writer.UsedCharacters.OrderBy(u => u.Key))
        {
            var text = string.Concat(characters.Order().Select(char.ConvertFromUtf32));
            document.AddCharacters(Font(face, 10), text);
            digest.Add((int)face);
            digest.Add(text);
        }

        if (pdfA)
        {
            PdfArchival.Prepare(document, fontObjects, writer.UsedCharacters);
        }

        // The same document gets the same /ID, set through PDFsharp's own API.
        var id = digest.DocumentId();
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        // Sized for the content already compressed plus each page's own objects, so saving a long
        // document neither regrows the buffer nor rents one far larger than the file.
        // Headroom in front lets the stabiliser rewrite the file in the same buffer: it adds a few
        // bytes an object (a page is three) and replaces the XMP packet, which grows with the metadata.
        var metadata = Creator.Length + (info.Title?.Length ?? 0) + (info.Author?.Length ?? 0) + (info.Subject?.Length ?? 0) + (info.Keywords?.Length ?? 0);
        var headroom = 65_536 + (16L * ((pageCount * 3L) + annotations)) + (32L * metadata);
        var output = new PooledBufferStream((int)Math.Min(Array.MaxLength / 2, 65_536 + contentBytes + (pageCount * 1_024L)), (int)Math.Min(Array.MaxLength / 2, headroom));
        try
        {
            document.Save(output, closeStream: false);
            producer = document.Info.Producer;
            tags?.Saved();
            var added = new List<PdfAppendix>();
            if (tags is not null)
            {
                added.Add(tags);
            }

            // PDF/A-1 allows no array of more than 8,191 elements, and PDFsharp keeps every page in
            // the root's one: a long archival document gets a balanced page tree instead.
            if (pdfA && PdfPageTree.Needed(pageCount))
            {
                added.Add(new PdfPageTree(document.Pages.Reference!.ObjectNumber, [.. document.Pages.Cast<PdfPage>().Select(p => p.Reference!.ObjectNumber)]));
            }

            appendices = added;
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    private static HashSet<string> FontResourceNames(PdfPage page) =>
        [.. page.Resources.Elements.GetDictionary("/Font")?.Elements.Keys ?? []];

    /// <summary>Metadata from the input; dates only when the input has one, and never in the machine's time zone.</summary>
    private static void Describe(PdfDocument document, Documents.DocumentInfo info)
    {
        document.Info.Title = info.Title ?? string.Empty;
        document.Info.Author = info.Author ?? string.Empty;
        document.Info.Subject = info.Subject ?? string.Empty;
        document.Info.Keywords = info.Keywords ?? string.Empty;
        document.Info.Creator = Creator;

        // PDFsharp names itself first and keeps ours in brackets: "PDFsharp 6.2.4 (Original: Zaozersk.Reporting 0.1.0)".
        document.Info.Elements.SetString("/Producer", Creator);
        document.Language = info.Language;
        document.Info.Elements.Remove("/CreationDate");
        document.Info.Elements.Remove("/ModDate");
        if (info.Created is { } created)
        {
            var stamp = "D:" + created.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000Z";
            document.Info.Elements.SetString("/CreationDate", stamp);
            document.Info.Elements.SetString("/ModDate", stamp);
        }
    }
}
