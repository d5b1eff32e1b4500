using System.IO.Compression;
using System.Xml.Linq;
using Zaozersk.Reporting.Docx;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Tests.Docx;

/// <summary>
/// Body tables are written row by row. What depends on a table's rows must still hold: the spacer
/// between two tables is kept with the next one exactly when the first table's last row is.
/// </summary>
public sealed class StreamedTableTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static XElement Body(string body)
    {
        var docx = DocxWriter.Write(MarkupReader.Read($"<document><section>{body}</section></document>", "test.sbn")).ToArray();
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var part = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(part).Root!.Element(W + "body")!;
    }

    private static string Table(string lastRowAttributes) =>
        $"<table><columns><column width=\"1*\"/><column width=\"1*\"/></columns><row><cell><p>а</p></cell><cell><p>б</p></cell></row>"
        + $"<row{lastRowAttributes}><cell><p>в</p></cell><cell><p>г</p></cell></row></table>";

    [Theory]
    [InlineData(" keep-with-next=\"true\"", true)]
    [InlineData("", false)]
    public void The_spacer_between_two_tables_is_kept_with_the_next_one_when_the_first_ends_with_a_kept_row(string lastRow, bool kept)
    {
        var body = Body(Table(lastRow) + Table(string.Empty));

        // The spacer is the paragraph just before the second table (a table may come in parts).
        var elements = body.Elements().ToList();
        var second = elements.FindLastIndex(e => e.Name == W + "tbl");
        var spacer = elements[second - 1];
        Assert.Equal(W + "p", spacer.Name);
        Assert.Equal(kept, spacer.Element(W + "pPr")?.Element(W + "keepNext") is not null);
        Assert.Equal(2, elements.Take(second).Where(e => e.Name == W + "tbl").Sum(t => t.Elements(W + "tr").Count()));
    }

    [Fact]
    public void Every_row_of_a_long_body_table_is_written_once_in_order()
    {
        var rows = string.Concat(Enumerable.Range(1, 500).Select(i => $"<row><cell><p>строка {i}</p></cell></row>"));

        var body = Body($"<table><columns><column width=\"1*\"/></columns>{rows}</table>");

        var texts = body.Element(W + "tbl")!.Elements(W + "tr").Select(r => string.Concat(r.Descendants(W + "t").Select(t => t.Value))).ToList();
        Assert.Equal(Enumerable.Range(1, 500).Select(i => $"строка {i}"), texts);
    }
}
