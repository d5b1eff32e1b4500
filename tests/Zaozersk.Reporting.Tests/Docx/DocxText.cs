using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zaozersk.Reporting.Tests.Docx;

/// <summary>
/// The text of a DOCX as a reader would review it, read back from the file itself: headers and
/// footers, then the body in document order; table rows as cells joined by " | ", list paragraphs
/// with their bullet, fields as {PAGE}.
/// </summary>
internal static class DocxText
{
    public static string Of(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var bullets = Bullets(main);
        var text = new StringBuilder();
        foreach (var reference in main.Document.Body!.Descendants<SectionProperties>().SelectMany(s => s.Elements<HeaderFooterReferenceType>()))
        {
            var part = main.GetPartById(reference.Id!);
            var kind = reference is HeaderReference ? "header" : "footer";
            text.Append("--- ").Append(reference.Type!.InnerText).Append(' ').Append(kind).Append('\n');
            Blocks(part.RootElement!.Elements(), bullets, text);
        }

        text.Append("--- body\n");
        Blocks(main.Document.Body!.Elements(), bullets, text);
        return text.ToString();
    }

    /// <summary>Each paragraph's text, in document order, with table cells as their paragraphs.</summary>
    public static IEnumerable<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => Paragraph(p, new Dictionary<int, string>())).ToList();
    }

    private static Dictionary<int, string> Bullets(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return [];
        }

        var abstracts = numbering.Elements<AbstractNum>().ToDictionary(a => a.AbstractNumberId!.Value, a => a.Elements<Level>().First().LevelText!.Val!.Value!);
        return numbering.Elements<NumberingInstance>().ToDictionary(n => n.NumberID!.Value, n => abstracts[n.AbstractNumId!.Val!.Value]);
    }

    private static void Blocks(IEnumerable<OpenXmlElement> elements, Dictionary<int, string> bullets, StringBuilder text)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    text.Append(Paragraph(paragraph, bullets)).Append('\n');
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is null ? string.Empty : "[repeated] ";
                        text.Append(header).Append(string.Join(" | ", row.Elements<TableCell>().Select(c => string.Join(" / ", c.Elements<Paragraph>().Select(p => Paragraph(p, bullets)).Where(t => t.Length > 0))))).Append('\n');
                    }

                    break;
            }
        }
    }

    private static string Paragraph(Paragraph paragraph, Dictionary<int, string> bullets)
    {
        var text = new StringBuilder();
        if (paragraph.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is { } id && bullets.TryGetValue(id, out var bullet))
        {
            text.Append(bullet).Append(' ');
        }

        foreach (var node in paragraph.Descendants())
        {
            text.Append(node switch
            {
                Text t => t.Text,
                TabChar => "\t",
                Break { Type.Value: var type } when type == BreakValues.Page => "{PAGE BREAK}",
                Break => "\\n",
                SoftHyphen => "\u00AD",
                SimpleField field => "{" + field.Instruction!.Value!.Trim() + "}",
                _ => string.Empty,
            });
        }

        // A field's cached result is not text of the document.
        return System.Text.RegularExpressions.Regex.Replace(text.ToString(), @"(\{(PAGE|NUMPAGES)\})1", "$1");
    }
}
