using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Packaging;
using M = Zaozersk.Reporting.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zaozersk.Reporting.Docx;

/// <summary>
/// Writes the document model as a DOCX: WordprocessingML built with the Open XML SDK's typed
/// classes, packaged by <see cref="CanonicalZip"/> so the same document always gives the same bytes.
/// The main part is streamed: each body element is written and compressed as soon as it is
/// built, so memory does not grow with the document's length.
/// </summary>
internal static class DocxWriter
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static ReadOnlyMemory<byte> Write(M.Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var numbering = new DocxNumbering();
        var body = new DocxBody(numbering);
        var relationships = new List<DocxPackage.Relationship>
        {
            new("rIdStyles", "styles", "styles.xml"),
            new("rIdSettings", "settings", "settings.xml"),
        };
        var parts = new List<(string Name, byte[] Xml, string Kind)>();

        // The body is written and compressed element by element as it is built, never held whole;
        // the parts that list what the body uses (numbering, links) are written after it.
        var main = CanonicalZip.Compress(stream => WriteMain(stream, document, body, parts, relationships));

        var font = document.Styles.Resolve(null).Run.Font!;
        if (!numbering.IsEmpty)
        {
            relationships.Add(new("rIdNumbering", "numbering", "numbering.xml"));
            parts.Add(("word/numbering.xml", Xml(numbering.Build(font)), "numbering"));
        }

        relationships.AddRange(body.Links.Select(l => new DocxPackage.Relationship(l.Id, "hyperlink", l.Target.AbsoluteUri, External: true)));

        var zip = new CanonicalZip();
        var wordParts = new List<(string, string)> { ("/word/document.xml", "document.main"), ("/word/styles.xml", "styles"), ("/word/settings.xml", "settings") };
        wordParts.AddRange(parts.Select(p => ("/" + p.Name, p.Kind)));
        zip.Add("[Content_Types].xml", DocxPackage.ContentTypes(wordParts));
        zip.Add("_rels/.rels", DocxPackage.Relationships(DocxPackage.RootRelationships()));
        zip.Add("docProps/core.xml", DocxPackage.Core(document.Info));
        zip.Add("docProps/app.xml", DocxPackage.App("Zaozersk.Reporting " + LibraryVersion));
        zip.Add("word/document.xml", main);
        zip.Add("word/_rels/document.xml.rels", DocxPackage.Relationships(relationships));
        zip.Add("word/styles.xml", Xml(DocxStyles.Build(document.Styles, document.Info.Language)));
        zip.Add("word/settings.xml", Xml(Settings(document.Info.Language)));
        foreach (var (name, xml, _) in parts)
        {
            zip.Add(name, xml);
        }

        return zip.ToArchive();
    }

    /// <summary>The library version as written into the file (no build metadata, so it is stable for a release).</summary>
    public static string LibraryVersion { get; } = typeof(DocxWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static SectionProperties SectionProperties(PageSection section, int index, List<(string Name, byte[] Xml, string Kind)> parts, List<DocxPackage.Relationship> relationships, DocxBody body)
    {
        var properties = new SectionProperties();
        void Reference(HeaderFooter? content, bool header, HeaderFooterValues type)
        {
            if (content is null)
            {
                return;
            }

            var kind = header ? "header" : "footer";
            var number = parts.Count(p => p.Kind == kind) + 1;
            var name = FormattableString.Invariant($"{kind}{number}.xml");
            var id = FormattableString.Invariant($"rId{char.ToUpperInvariant(kind[0])}{kind[1..]}{number}");
            var blocks = body.Blocks(content.Blocks, section.Page.ContentWidth).ToList();
            if (blocks.Count == 0 || blocks[^1] is not W.Paragraph)
            {
                blocks.Add(new W.Paragraph());
            }

            OpenXmlCompositeElement root = header ? new Header(blocks) : new Footer(blocks);
            root.AddNamespaceDeclaration("w", WordNamespace);
            root.AddNamespaceDeclaration("r", DocxPackage.RelationshipNamespace);
            parts.Add(("word/" + name, Xml(root), kind));
            relationships.Add(new(id, kind, name));
            properties.Append(header
                ? new HeaderReference { Type = type, Id = id }
                : new FooterReference { Type = type, Id = id });
        }

        Reference(section.Header, header: true, HeaderFooterValues.Default);
        Reference(section.FirstHeader, header: true, HeaderFooterValues.First);
        Reference(section.Footer, header: false, HeaderFooterValues.Default);
        Reference(section.FirstFooter, header: false, HeaderFooterValues.First);
        _ = index;

        var page = section.Page;
        properties.Append(new PageSize
        {
            Width = (uint)page.PageWidth.Twips,
            Height = (uint)page.PageHeight.Twips,
            Orient = page.Orientation == PageOrientation.Landscape ? PageOrientationValues.Landscape : null,
        });
        properties.Append(new PageMargin
        {
            Top = page.MarginTop.Twips,
            Bottom = page.MarginBottom.Twips,
            Left = (uint)page.MarginLeft.Twips,
            Right = (uint)page.MarginRight.Twips,
            Header = (uint)page.HeaderDistance.Twips,
            Footer = (uint)page.FooterDistance.Twips,
            Gutter = 0,
        });
        if (section.DifferentFirstPage)
        {
            properties.Append(new TitlePage());
        }

        return properties;
    }

    private static Settings Settings(string language) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 708 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = language });

    /// <summary>
    /// The main part, as the Open XML SDK would write a <c>w:document</c> holding the whole body,
    /// but one body element at a time. Each section ends with a paragraph carrying its properties,
    /// the last one with the properties themselves.
    /// </summary>
    private static void WriteMain(Stream stream, M.Document document, DocxBody body, List<(string Name, byte[] Xml, string Kind)> parts, List<DocxPackage.Relationship> relationships)
    {
        stream.Write(new System.Text.UTF8Encoding(false).GetBytes(XmlPart.Declaration));
        using var writer = PartWriter(stream);
        writer.WriteStartElement("w", "document", WordNamespace);
        writer.WriteAttributeString("xmlns", "w", null, WordNamespace);
        writer.WriteAttributeString("xmlns", "r", null, DocxPackage.RelationshipNamespace);
        writer.WriteStartElement("w", "body", WordNamespace);
        OpenXmlElement? last = null;
        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            var sectionProperties = SectionProperties(section, s, parts, relationships, body);
            foreach (var element in body.Blocks(section.Blocks, section.Page.ContentWidth, deferRows: true))
            {
                if (element is W.Table table)
                {
                    // A body table comes without its rows: they are built and written one by one.
                    writer.WriteStartElement("w", "tbl", WordNamespace);
                    foreach (var child in table.ChildElements)
                    {
                        child.WriteTo(writer);
                    }

                    foreach (var row in body.StreamRows(table))
                    {
                        row.WriteTo(writer);
                    }

                    writer.WriteEndElement();
                }
                else
                {
                    element.WriteTo(writer);
                }

                last = element;
            }

            if (s < document.Sections.Count - 1)
            {
                last = new W.Paragraph(new ParagraphProperties(sectionProperties));
                last.WriteTo(writer);
            }
            else
            {
                // Word needs a paragraph between a final table and the section properties; 1 pt high,
                // it cannot push an empty page after a table that ends at the foot of a page.
                if (last is not W.Paragraph)
                {
                    DocxBody.Spacer(keepWithNext: false).WriteTo(writer);
                }

                sectionProperties.WriteTo(writer);
            }
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static System.Xml.XmlWriter PartWriter(Stream stream) =>
        System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), OmitXmlDeclaration = true, ConformanceLevel = System.Xml.ConformanceLevel.Fragment });

    /// <summary>The part's bytes: written straight to UTF-8, without an intermediate string.</summary>
    private static byte[] Xml(OpenXmlElement root)
    {
        using var buffer = new PooledBufferStream(16_384);
        buffer.Write(new System.Text.UTF8Encoding(false).GetBytes(XmlPart.Declaration));
        using (var writer = PartWriter(buffer))
        {
            root.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}
