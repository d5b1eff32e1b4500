using System.Globalization;
using System.Security;
using System.Text;
using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>A producer of foreign Word files and the layout it is given.</summary>
public enum Producer
{
    /// <summary>pandoc from Markdown: headings between grid tables, a «1)» list, a footnote, a picture, a comment, the approval as one paragraph of lines, a signature with underscores.</summary>
    PandocMarkdown,

    /// <summary>pandoc from HTML: one table with the two-row status header and ticks, full-width section rows, an «ol» in a cell, a picture, a comment, the approval in a two-column table, signatures as a table.</summary>
    PandocHtml,

    /// <summary>
    /// LibreOffice from FODT: the approval at the top right in paragraphs, full-width section rows, the two-row status
    /// header with ticks, the table in a landscape part between portrait ones, a footnote, a comment, pictures, signatures as a table.
    /// </summary>
    LibreOfficeRows,

    /// <summary>
    /// LibreOffice from FODT: the act's approval in a two-column table, headings between tables numbered by Word's outline
    /// numbering, a status column of words, portrait and landscape parts alternating by section, a tabbed signature.
    /// </summary>
    LibreOfficeHeadings,
}

/// <summary>
/// A report written by other programs than this library (pandoc, LibreOffice), in the layouts municipalities
/// publish: the same content in each, so every import is checked against the same expected values.
/// </summary>
internal static class ProducedReport
{
    public const string Organisation = "Администрация Озерного сельского поселения";

    public const string Subject = "мероприятий по противодействию коррупции в администрации Озерного сельского поселения";

    public const string Title = "об исполнении Плана " + Subject + " на 2025–2027 годы за 2025 год";

    /// <summary>The header labels: structure, read as the columns, never as values.</summary>
    public static readonly string[] Header = ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения", "Информация об исполнении", "Отметка о выполнении", "выполнено", "не выполнено"];

    /// <summary>A measure: the list items follow the measure's first line as a numbered list in its cell.</summary>
    public sealed record Measure(string Number, string Text, string[] List, string Responsible, string Deadline, string Execution, MeasureStatus Status);

    public static readonly (string Number, string Title, Measure[] Measures)[] Sections =
    [
        ("1", "Организационные меры",
            [new("1.1", "Проведение заседаний комиссии по соблюдению требований к служебному поведению", [], "Заместитель главы администрации", "ежеквартально", "Проведено 4 заседания комиссии.", MeasureStatus.Done),
             new("1.2", "Актуализация перечня должностей:", ["с коррупционными рисками;", "с обязанностью представлять сведения о доходах."], "Специалист по кадрам", "до 1 марта", "Перечень утвержден постановлением от 20.02.2025 № 12.", MeasureStatus.Done)]),
        ("2", "Антикоррупционное просвещение",
            [new("2.1", "Обучение муниципальных служащих, впервые поступивших на службу", [], "Специалист по кадрам", "в течение года", "Обучение перенесено на 2026 год.", MeasureStatus.NotDone)]),
        ("3", "Открытость и доступность информации",
            [new("3.1", "Размещение сведений о доходах на официальном сайте", [], "Управляющий делами", "май", "Сведения размещены 14.05.2025.", MeasureStatus.Done)]),
    ];

    public const string Footnote = "Обучение проводится по программе, утвержденной главой поселения.";

    public const string Comment = "Уточнить срок";

    public const string Signatory = "А.В. Петров";

    public const string SignatoryPosition = "Глава Озерного сельского поселения";

    /// <summary>The measure text as imported: the list items numbered as the producer's list shows them.</summary>
    public static string MeasureText(Measure measure, string delimiter) =>
        measure.List.Length == 0 ? measure.Text : measure.Text + "\n" + string.Join('\n', measure.List.Select((item, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + delimiter + " " + item));

    /// <summary>The source file's name and text for <paramref name="producer"/>; a picture is <c>pic.png</c> beside it.</summary>
    public static (string Name, string Text) Source(Producer producer, byte[] png) => producer switch
    {
        Producer.PandocMarkdown => ("report.md", Markdown()),
        Producer.PandocHtml => ("report.html", Html()),
        Producer.LibreOfficeRows => ("report.fodt", Fodt(headings: false, png)),
        _ => ("report.fodt", Fodt(headings: true, png)),
    };

    private static string Words(MeasureStatus status) => status == MeasureStatus.Done ? "Исполнено" : "Не исполнено";

    private static string Markdown()
    {
        var md = new StringBuilder()
            .Append("УТВЕРЖДАЮ\\\n").Append(SignatoryPosition).Append("\\\n\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ ").Append(Signatory).Append("\\\n«15» января 2026 г.\n\n")
            .Append("**ОТЧЕТ**\n\n**").Append(Title).Append("**\n\n");
        foreach (var (number, title, measures) in Sections)
        {
            md.Append("## ").Append(number).Append(". ").Append(title).Append("\n\n");
            var rows = new List<string[][]>
            {
                Header[..6].Select(h => new[] { h }).ToArray(),
            };
            foreach (var m in measures)
            {
                string[] measure = m.List.Length == 0 ? [m.Text] : [m.Text, "", .. m.List.Select((item, i) => $"{i + 1}) {item}")];
                if (m.Number == "2.1")
                {
                    measure = [m.Text + "[^1]"];
                }

                var execution = m.Number == "1.1"
                    ? "[" + Comment + "]{.comment-start id=\"0\" author=\"Юрист\" date=\"2026-01-10T10:00:00Z\"}" + m.Execution + "[]{.comment-end id=\"0\"}"
                    : m.Execution;
                string[] executionCell = m.Number == "3.1" ? [m.Execution, "", "![](pic.png)"] : [execution];
                rows.Add([[m.Number], measure, [m.Responsible], [m.Deadline], executionCell, [Words(m.Status)]]);
            }

            md.Append(GridTable(rows)).Append('\n');
        }

        md.Append("[^1]: ").Append(Footnote).Append("\n\n")
            .Append(SignatoryPosition).Append(" \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ ").Append(Signatory).Append("\n\n")
            .Append("Исполнитель: Иванова Мария Сергеевна, тел. 8 (81556) 2-11-09\n");
        return md.ToString();
    }

    /// <summary>A pandoc grid table; the first row is the header; each cell is its lines.</summary>
    private static string GridTable(List<string[][]> rows)
    {
        var columns = rows[0].Length;
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => r[c].Max(l => l.Length)) + 2).ToArray();
        string Line(char fill) => "+" + string.Join('+', widths.Select(w => new string(fill, w))) + "+\n";
        var text = new StringBuilder(Line('-'));
        for (var r = 0; r < rows.Count; r++)
        {
            var height = rows[r].Max(c => c.Length);
            for (var l = 0; l < height; l++)
            {
                text.Append('|');
                for (var c = 0; c < columns; c++)
                {
                    var line = l < rows[r][c].Length ? rows[r][c][l] : string.Empty;
                    text.Append(' ').Append(line.PadRight(widths[c] - 1)).Append('|');
                }

                text.Append('\n');
            }

            text.Append(Line(r == 0 ? '=' : '-'));
        }

        return text.ToString();
    }

    private static string X(string text) => SecurityElement.Escape(text);

    private static string Html()
    {
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>")
            .Append("<table><tr><td></td><td><p>УТВЕРЖДАЮ</p><p>").Append(SignatoryPosition).Append("</p><p>__________ ").Append(Signatory).Append("</p><p>«15» января 2026 г.</p></td></tr></table>")
            .Append("<p><b>ОТЧЕТ</b></p><p><b>").Append(X(Title)).Append("</b></p>")
            .Append("<table border=\"1\"><tr><th rowspan=\"2\">№ п/п</th><th rowspan=\"2\">Наименование мероприятия</th><th rowspan=\"2\">Ответственный исполнитель</th><th rowspan=\"2\">Срок исполнения</th><th rowspan=\"2\">Информация об исполнении</th><th colspan=\"2\">Отметка о выполнении</th></tr>")
            .Append("<tr><th>выполнено</th><th>не выполнено</th></tr>");
        foreach (var (number, title, measures) in Sections)
        {
            html.Append("<tr><td colspan=\"7\"><b>").Append(number).Append(". ").Append(X(title)).Append("</b></td></tr>");
            foreach (var m in measures)
            {
                var measure = m.List.Length == 0 ? X(m.Text) : "<p>" + X(m.Text) + "</p><ol>" + string.Concat(m.List.Select(i => "<li>" + X(i) + "</li>")) + "</ol>";
                var execution = m.Number switch
                {
                    "1.1" => "<span class=\"comment-start\" id=\"0\" author=\"Юрист\" date=\"2026-01-10T10:00:00Z\">" + Comment + "</span>" + X(m.Execution) + "<span class=\"comment-end\" id=\"0\"></span>",
                    "3.1" => "<p>" + X(m.Execution) + "</p><p><img src=\"pic.png\" alt=\"\"></p>",
                    _ => X(m.Execution),
                };
                var (done, notDone) = m.Status == MeasureStatus.Done ? ("+", string.Empty) : (string.Empty, "+");
                html.Append("<tr><td>").Append(m.Number).Append("</td><td>").Append(measure).Append("</td><td>").Append(X(m.Responsible)).Append("</td><td>").Append(X(m.Deadline))
                    .Append("</td><td>").Append(execution).Append("</td><td>").Append(done).Append("</td><td>").Append(notDone).Append("</td></tr>");
            }
        }

        html.Append("</table><p></p><table><tr><td>").Append(SignatoryPosition).Append("</td><td>").Append(Signatory).Append("</td></tr></table>")
            .Append("<p>Исполнитель: Иванова Мария Сергеевна, тел. 8 (81556) 2-11-09</p></body></html>");
        return html.ToString();
    }

    private static string Fodt(bool headings, byte[] png)
    {
        var image = "<draw:frame draw:name=\"pic{0}\" text:anchor-type=\"as-char\" svg:width=\"0.5cm\" svg:height=\"0.5cm\"><draw:image><office:binary-data>" + Convert.ToBase64String(png) + "</office:binary-data></draw:image></draw:frame>";
        var body = new StringBuilder();
        if (headings)
        {
            body.Append("<table:table table:name=\"Approval\" table:style-name=\"Narrow\"><table:table-column table:number-columns-repeated=\"2\"/><table:table-row>")
                .Append("<table:table-cell><text:p>СОГЛАСОВАНО</text:p><text:p>Председатель Совета депутатов</text:p></table:table-cell>")
                .Append("<table:table-cell><text:p>УТВЕРЖДЕН</text:p><text:p>постановлением администрации Озерного</text:p><text:p>сельского поселения</text:p><text:p>от 12.01.2026 № 15</text:p></table:table-cell>")
                .Append("</table:table-row></table:table>");
        }
        else
        {
            body.Append("<text:p text:style-name=\"Right\">").AppendFormat(CultureInfo.InvariantCulture, image, 0).Append("</text:p>")
                .Append("<text:p text:style-name=\"Right\">УТВЕРЖДАЮ</text:p><text:p text:style-name=\"Right\">").Append(SignatoryPosition).Append("</text:p>")
                .Append("<text:p text:style-name=\"Right\">__________ ").Append(Signatory).Append("</text:p><text:p text:style-name=\"Right\">«15» января 2026 г.</text:p>");
        }

        body.Append("<text:p text:style-name=\"Center\">ОТЧЕТ</text:p><text:p text:style-name=\"Center\">").Append(X(Title)).Append("</text:p>");
        for (var s = 0; s < Sections.Length; s++)
        {
            var (number, title, measures) = Sections[s];
            if (headings)
            {
                // Each section on its own page part: portrait, landscape, portrait; the number is Word's outline numbering.
                var style = s == 1 ? "HeadingLandscape" : s == 2 ? "HeadingPortrait" : "Heading_20_1";
                body.Append("<text:h text:style-name=\"").Append(style).Append("\" text:outline-level=\"1\">").Append(X(title)).Append("</text:h>");
                body.Append(FodtTable(measures, header: true, sectionRows: null, ticks: false, image));
            }
        }

        if (!headings)
        {
            body.Append(FodtTable(Sections.SelectMany(x => x.Measures).ToArray(), header: true, sectionRows: Sections.Select(x => (x.Measures[0].Number, x.Number + ". " + x.Title)).ToArray(), ticks: true, image));
            body.Append("<text:p text:style-name=\"Portrait\"/>")
                .Append("<table:table table:name=\"Signatures\"><table:table-column table:number-columns-repeated=\"2\"/><table:table-row><table:table-cell><text:p>").Append(SignatoryPosition)
                .Append("</text:p></table:table-cell><table:table-cell><text:p>").Append(Signatory).Append("</text:p></table:table-cell></table:table-row></table:table>");
        }
        else
        {
            body.Append("<text:p>").Append(SignatoryPosition).Append("<text:tab/><text:tab/>").Append(Signatory).Append("</text:p>");
        }

        body.Append("<text:p>Исполнитель: Иванова Мария Сергеевна, тел. 8 (81556) 2-11-09</text:p>");
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
             <office:styles>
              <style:style style:name="Standard" style:family="paragraph"/>
              <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties fo:font-weight="bold"/></style:style>
              <text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/></text:outline-style>
             </office:styles>
             <office:automatic-styles>
              <style:page-layout style:name="PortraitLayout"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="1cm"/></style:page-layout>
              <style:page-layout style:name="LandscapeLayout"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
              <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="10cm"/></style:style>
              <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
              <style:style style:name="Portrait" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Standard"/>
              <style:style style:name="HeadingLandscape" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Landscape"/>
              <style:style style:name="HeadingPortrait" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard"/>
              <style:style style:name="Wide" style:family="table" style:master-page-name="Landscape"><style:table-properties style:width="25cm" table:align="left"/></style:style>
              <style:style style:name="Narrow" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
              <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=")"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:list-level-style-number></text:list-style>
             </office:automatic-styles>
             <office:master-styles>
              <style:master-page style:name="Standard" style:page-layout-name="PortraitLayout"/>
              <style:master-page style:name="Landscape" style:page-layout-name="LandscapeLayout"/>
             </office:master-styles>
             <office:body><office:text>
            """ + body + "</office:text></office:body></office:document>\n";
    }

    private static string FodtTable(Measure[] measures, bool header, (string FirstMeasure, string Title)[]? sectionRows, bool ticks, string image)
    {
        static string Cell(string content, string extra = "") => "<table:table-cell office:value-type=\"string\"" + extra + ">" + content + "</table:table-cell>";
        static string P(string text) => "<text:p>" + X(text) + "</text:p>";
        var columns = ticks ? 7 : 6;
        var table = new StringBuilder("<table:table table:name=\"Plan").Append(measures[0].Number).Append("\" table:style-name=\"").Append(ticks ? "Wide" : "Narrow").Append("\"><table:table-column table:number-columns-repeated=\"").Append(columns).Append("\"/>");
        if (header)
        {
            table.Append("<table:table-header-rows>");
            if (ticks)
            {
                var spanned = " table:number-rows-spanned=\"2\"";
                table.Append("<table:table-row>").Append(string.Concat(Header[..5].Select(h => Cell(P(h), spanned))))
                    .Append(Cell(P(Header[5]), " table:number-columns-spanned=\"2\"")).Append("<table:covered-table-cell/></table:table-row>")
                    .Append("<table:table-row><table:covered-table-cell table:number-columns-repeated=\"5\"/>").Append(Cell(P(Header[6]))).Append(Cell(P(Header[7]))).Append("</table:table-row>");
            }
            else
            {
                table.Append("<table:table-row>").Append(string.Concat(Header[..6].Select(h => Cell(P(h))))).Append("</table:table-row>");
            }

            table.Append("</table:table-header-rows>");
        }

        foreach (var m in measures)
        {
            if (sectionRows?.FirstOrDefault(r => r.FirstMeasure == m.Number) is { Title: { } sectionTitle })
            {
                table.Append("<table:table-row>").Append(Cell(P(sectionTitle), " table:number-columns-spanned=\"" + columns.ToString(CultureInfo.InvariantCulture) + "\""))
                    .Append("<table:covered-table-cell table:number-columns-repeated=\"").Append(columns - 1).Append("\"/></table:table-row>");
            }

            var measure = m.List.Length == 0 ? P(m.Text) : P(m.Text) + "<text:list text:style-name=\"L1\">" + string.Concat(m.List.Select(i => "<text:list-item>" + P(i) + "</text:list-item>")) + "</text:list>";
            if (m.Number == "2.1")
            {
                measure = "<text:p>" + X(m.Text) + "<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>" + X(Footnote) + "</text:p></text:note-body></text:note></text:p>";
            }

            var execution = m.Number switch
            {
                "1.1" => "<text:p><office:annotation office:name=\"c0\"><dc:creator>Юрист</dc:creator><dc:date>2026-01-10T10:00:00</dc:date><text:p>" + Comment + "</text:p></office:annotation>" + X(m.Execution) + "<office:annotation-end office:name=\"c0\"/></text:p>",
                "3.1" => P(m.Execution) + "<text:p>" + string.Format(CultureInfo.InvariantCulture, image, 1) + "</text:p>",
                _ => P(m.Execution),
            };
            table.Append("<table:table-row>").Append(Cell(P(m.Number))).Append(Cell(measure)).Append(Cell(P(m.Responsible))).Append(Cell(P(m.Deadline))).Append(Cell(execution));
            if (ticks)
            {
                var (done, notDone) = m.Status == MeasureStatus.Done ? ("+", string.Empty) : (string.Empty, "+");
                table.Append(Cell(P(done))).Append(Cell(P(notDone)));
            }
            else
            {
                table.Append(Cell(P(Words(m.Status))));
            }

            table.Append("</table:table-row>");
        }

        return table.Append("</table:table>").ToString();
    }
}
