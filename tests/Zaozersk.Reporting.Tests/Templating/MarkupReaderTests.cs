using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Tests.Documents;

namespace Zaozersk.Reporting.Tests.Templating;

/// <summary>The markup dialect read into the document model, and its errors.</summary>
public sealed class MarkupReaderTests
{
    private static Document Read(string body, string styles = "") =>
        MarkupReader.Read($"<document>{styles}<section>{body}</section></document>", "test.sbn");

    private static MarkupException Fails(string body, string styles = "") =>
        Assert.Throws<MarkupException>(() => Read(body, styles));

    [Theory]
    [InlineData("<html><p>x</p></html>")]
    [InlineData("<document xmlns=\"urn:other\"><section/></document>")]
    public void Markup_that_does_not_start_with_document_is_refused_in_our_words(string markup)
    {
        var error = Assert.Throws<MarkupException>(() => MarkupReader.Read(markup, "test.sbn"));

        Assert.Equal("the markup must start with <document> (no XML namespace)", error.Reason);
    }

    [Fact]
    public void Template_indentation_is_not_text_but_data_spaces_are()
    {
        var document = Read("<p>\n      первая  строка\n      <b>жирно</b>\n      <br/>\n      вторая\n    </p>");

        var paragraph = (Paragraph)document.Sections[0].Blocks[0];
        Assert.Equal(["первая  строка", "жирно", "вторая"], paragraph.Inlines.OfType<TextRun>().Select(r => r.Text.Trim()));
        Assert.Equal("первая  строка жирно\nвторая", string.Join("\n", DocumentText.Lines(paragraph)));
        Assert.Equal(true, paragraph.Inlines.OfType<TextRun>().Single(r => r.Text == "жирно").Format.Bold);
    }

    [Fact]
    public void Styles_resolve_through_their_based_on_chain()
    {
        var document = Read("<p style=\"b\">x</p>", "<styles size=\"12pt\"><style id=\"a\" align=\"center\" bold=\"true\"/><style id=\"b\" based-on=\"a\" size=\"10pt\"/></styles>");

        var (paragraph, run) = document.Styles.Resolve("b");
        Assert.Equal(TextAlignment.Center, paragraph.Alignment);
        Assert.Equal(true, run.Bold);
        Assert.Equal(Length.FromPoints(10), run.Size);
        Assert.Equal("Times New Roman", run.Font);
        Assert.Equal(Length.FromPoints(12), document.Styles.Resolve(null).Run.Size);
    }

    [Fact]
    public void Undeclared_style_is_an_error_at_the_paragraph()
    {
        var error = Fails("<p style=\"nope\">x</p>");

        Assert.Equal("p", error.Element);
        Assert.Equal("style 'nope' is not declared in <styles>", error.Reason);
    }

    [Fact]
    public void Control_characters_in_a_markup_error_are_shown_escaped_never_sent_to_the_terminal()
    {
        // A template can write an escape sequence (here one that would set the terminal's title) next to bad markup.
        var error = Fails("<p style=\"nope\">\u001b]0;PWNED\u0007</p>");

        Assert.DoesNotContain('\u001b', error.Message);
        Assert.DoesNotContain('\u0007', error.Message);
        Assert.Contains("\\u001B]0;PWNED\\u0007", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_geometry_with_colspan_and_rowspan()
    {
        var document = Read("<table><columns><column width=\"10mm\"/><column width=\"1*\"/><column width=\"3*\"/></columns>"
            + "<row header=\"true\" repeat=\"true\"><cell><p>1</p></cell><cell><p>2</p></cell><cell><p>3</p></cell></row>"
            + "<row><cell colspan=\"2\" rowspan=\"2\"><p>a</p></cell><cell><p>b</p></cell></row>"
            + "<row><cell valign=\"bottom\"><p>c</p></cell></row></table>");

        var table = (Table)document.Sections[0].Blocks[0];
        Assert.Equal(3, table.Rows.Count);
        Assert.True(table.Rows[0].RepeatOnNewPage);
        Assert.Equal(2, table.Rows[1].Cells[0].RowSpan);
        Assert.Equal(VerticalAlignment.Bottom, table.Rows[2].Cells[0].VerticalAlignment);
        var widths = table.ResolveWidths(Length.FromMillimetres(170));
        Assert.Equal(Length.FromMillimetres(170).Twips, widths.Sum(w => w.Twips));
        Assert.Equal(Length.FromMillimetres(10), widths[0]);
        Assert.Equal(3 * widths[1].Twips, widths[2].Twips, tolerance: 3);
    }

    [Fact]
    public void The_table_grid_places_each_cell_in_its_column_after_colspans_and_rowspans()
    {
        var document = Read("<table><columns><column width=\"1*\"/><column width=\"1*\"/><column width=\"1*\"/><column width=\"1*\"/></columns>"
            + "<row><cell><p>a</p></cell><cell rowspan=\"3\"><p>b</p></cell><cell colspan=\"2\" rowspan=\"2\"><p>c</p></cell></row>"
            + "<row><cell><p>d</p></cell></row>"
            + "<row><cell><p>e</p></cell><cell><p>f</p></cell><cell><p>g</p></cell></row>"
            + "<row><cell colspan=\"4\"><p>h</p></cell></row></table>");

        var grid = ((Table)document.Sections[0].Blocks[0]).Grid;
        Assert.Equal([0, 1, 2], [grid.ColumnOf(0, 0), grid.ColumnOf(0, 1), grid.ColumnOf(0, 2)]);
        Assert.Equal(0, grid.ColumnOf(1, 0));

        // Row 3 starts beside the three-row cell: its cells go to columns 0, 2 and 3.
        Assert.Equal([0, 2, 3], [grid.ColumnOf(2, 0), grid.ColumnOf(2, 1), grid.ColumnOf(2, 2)]);
        Assert.Equal([false, true, true, true], Enumerable.Range(0, 4).Select(c => grid.IsCoveredFromAbove(1, c)));
        Assert.Equal([false, true, false, false], Enumerable.Range(0, 4).Select(c => grid.IsCoveredFromAbove(2, c)));
        Assert.Equal(2, grid.LastRowOfCellAt(1, 1));
        Assert.Equal(1, grid.LastRowOfCellAt(1, 3));

        // Rows 1–3 are one block (the rowspans tie them); row 4 stands alone.
        Assert.Equal([2, 2, 2, 3], Enumerable.Range(0, 4).Select(grid.BlockEnd));
    }

    [Theory]
    [InlineData("<row><cell><p>1</p></cell><cell><p>2</p></cell><cell><p>3</p></cell></row>", "more cells than the table's 2 columns")]
    [InlineData("<row><cell><p>1</p></cell></row>", "cover 1 of the table's 2 columns")]
    [InlineData("<row><cell rowspan=\"2\"><p>1</p></cell><cell><p>2</p></cell></row>", "rowspan reaches past the last row")]
    [InlineData("<row><cell><p>1</p></cell><cell><p>2</p></cell></row><row header=\"true\"><cell><p>1</p></cell><cell><p>2</p></cell></row>", "header rows must come before")]
    public void Table_geometry_errors(string rows, string reason)
    {
        var error = Fails($"<table><columns><column width=\"1*\"/><column width=\"1*\"/></columns>{rows}</table>");

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>текст", "not well-formed")]
    [InlineData("<p size=\"12px\">x</p>", "size")]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a></p>", "href")]
    [InlineData("<cell/>", "cell")]
    [InlineData("просто текст", "text")]
    public void Invalid_markup_is_rejected(string body, string mention)
    {
        var error = Fails(body);

        Assert.Contains(mention, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(error.Line >= 1 && error.Column >= 1);
        Assert.StartsWith("test.sbn: markup(", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctype_and_entities_are_refused()
    {
        Assert.Throws<MarkupException>(() => MarkupReader.Read("<!DOCTYPE d [<!ENTITY x \"y\">]><document><section><p>&x;</p></section></document>", "test.sbn"));
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("<document><section>\n<p>x</p>", 2, 9)]
    public void Markup_missing_its_end_is_an_error_at_the_end_of_the_markup(string markup, int line, int column)
    {
        var error = Assert.Throws<MarkupException>(() => MarkupReader.Read(markup, "test.sbn"));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"test.sbn: markup({line},{column})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_split_by_a_comment_is_one_run_and_a_cdata_section_is_a_run_of_its_own()
    {
        var paragraph = (Paragraph)Read("<p>на<!-- примечание -->чало <![CDATA[<b> & ]]>конец</p>").Sections[0].Blocks[0];

        Assert.Equal(["начало ", "<b> & ", "конец"], paragraph.Inlines.OfType<TextRun>().Select(r => r.Text));
    }

    [Fact]
    public void A_span_too_large_for_any_table_is_a_located_error()
    {
        var error = Fails("<table><columns><column width=\"1*\"/></columns>\n<row><cell colspan=\"99999999999\"><p>x</p></cell></row></table>");

        Assert.Equal((2, 7), (error.Line, error.Column));
        Assert.Equal("cell", error.Element);
        Assert.Contains("colspan=\"99999999999\"", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Checks_made_after_an_element_s_content_still_name_its_start_tag()
    {
        var error = Fails("<table><columns><column width=\"1*\"/><column width=\"1*\"/></columns>\n  <row>\n<cell><p>одна</p><p>ячейка</p></cell>\n</row></table>");

        Assert.Equal((2, 4), (error.Line, error.Column));
        Assert.Equal("row", error.Element);
        Assert.Contains("cover 1 of the table's 2 columns", error.Reason, StringComparison.Ordinal);
    }
}
