using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>Builds small DOCX files in memory for import tests: paragraphs and plain tables, no styles.</summary>
internal static class WordFile
{
    public static byte[] Create(params OpenXmlElement[] blocks) => Create(null, blocks);

    /// <summary>A document with a page header holding <paramref name="header"/>, when given.</summary>
    public static byte[] Create(string? header, params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
            if (header is not null)
            {
                main.AddNewPart<HeaderPart>().Header = new Header(P(header));
            }
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph holding a VML text box with <paramref name="text"/>, as older Word versions write one.</summary>
    public static Paragraph TextBox(string text) => new()
    {
        InnerXml = "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent><w:p><w:r><w:t>"
            + text + "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>",
    };

    public static Paragraph P(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A table; each row is a list of cell texts, «&gt;n» before a text spans n columns.</summary>
    public static Table T(int columns, params string[][] rows)
    {
        var table = new Table(new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = "1500" })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            foreach (var text in row)
            {
                var span = text.StartsWith('>') ? text[1] - '0' : 1;
                var cell = new TableCell(P(span > 1 ? text[2..] : text));
                if (span > 1)
                {
                    cell.PrependChild(new TableCellProperties(new GridSpan { Val = span }));
                }

                tr.Append(cell);
            }

            table.Append(tr);
        }

        return table;
    }
}
