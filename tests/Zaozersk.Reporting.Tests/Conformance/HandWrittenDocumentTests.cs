using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using Zaozersk.Reporting.Tests.Interop;

namespace Zaozersk.Reporting.Tests.Conformance;

/// <summary>
/// The documents of Conformance/Documents, written as officials write them and rendered by no
/// other suite, read back as a screen reader gets them (poppler's <c>pdfinfo -struct-text</c>):
/// every text of every measure whole with its words apart, header rows as TH with their scope,
/// spanning cells with RowSpan and ColSpan, a cell of many pages as one TD, the approval stamp and
/// the signature lines as paragraphs, repeated headers as artifacts. They are also among
/// <see cref="ConformanceDocuments.All"/>, so Preflight and the body-text check run over them.
/// </summary>
public sealed partial class HandWrittenDocumentTests
{
    public static TheoryData<string> Names => new(ConformanceDocuments.HandWrittenNames);

    private static (PlanDocument Document, StructureElement Tree) Read(string name)
    {
        var (document, pdf) = ConformanceDocuments.HandWritten(name);
        var tree = StructureTree.Of(pdf);
        Assert.True(tree is { Type: "Document" }, $"{name}: no structure tree");
        return (document, tree);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_document_is_titled_in_Russian(string name)
    {
        var (document, pdf) = ConformanceDocuments.HandWritten(name);
        using var read = PdfDocument.Open(pdf);

        Assert.Contains("/Lang(ru-RU)", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        var title = read.Information.Title!;
        Assert.StartsWith(document.Kind == DocumentKind.Plan ? "План мероприятий по противодействию коррупции" : "Отчет об исполнении Плана мероприятий", title, StringComparison.Ordinal);
        Assert.EndsWith(Periods[name], title, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, string> Periods = new()
    {
        ["plan-roman-three-level"] = "на 2025–2027 годы",
        ["plan-flat-statuses"] = "на 2025 год",
        ["report-half-year-extra-columns"] = "за первое полугодие 2025 года",
        ["report-quarter-roman"] = "за IV квартал 2025 года",
        ["report-nine-months-portrait"] = "за 9 месяцев 2025 года",
    };

    [Theory]
    [MemberData(nameof(Names))]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void Every_text_of_every_measure_is_read_whole_with_its_words_apart(string name)
    {
        var (document, tree) = Read(name);
        var parts = tree.Descendants().Where(e => e.Type is "TD" or "P" or "LBody").Select(e => Normalize(e.Text)).ToHashSet(StringComparer.Ordinal);

        var texts = document.Sections.SelectMany(s => s.Items).SelectMany(item =>
            new[] { item.Number, item.Measure, item.Indicator, item.ExpectedResult, item.Deadline, item.Execution, item.Note }
                .Concat(item.Responsible)
                .Where(t => !string.IsNullOrEmpty(t))
                .SelectMany(t => Paragraph().Split(t!))
                .Select(t => Normalize(Bullet().Replace(t, string.Empty)))
                .Where(t => t.Length > 0)).ToList();

        // Links among them: the words after an address are apart from it.
        Assert.Contains(texts, t => t.Contains("https://", StringComparison.Ordinal));
        Assert.All(texts, text => Assert.True(parts.Contains(text), $"{name}: «{text}» is not read whole as one cell, paragraph or list item"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void The_approval_stamp_and_the_signature_lines_are_paragraphs_around_the_one_table(string name)
    {
        var (document, tree) = Read(name);
        var parts = tree.Children;
        var table = parts.FindIndex(e => e.Type == "Table");
        var heading = parts.FindIndex(e => e.Type == "H1");

        // One data table: the signature block, which only sets text side by side, is none.
        Assert.Single(tree.Descendants(), e => e.Type == "Table");
        Assert.All(parts.Take(heading), stamp => Assert.Equal("P", stamp.Type));
        Assert.Equal(Normalize(document.Approval!.Heading), Normalize(parts[0].Text));
        Assert.Equal(Stamp(document.Approval), parts.Take(heading).Skip(1).Select(p => Normalize(p.Text)));

        // Each signature line is one paragraph, the position then the name; then the executor's line.
        var after = parts.Skip(table + 1).ToList();
        Assert.All(after, line => Assert.Equal("P", line.Type));
        var lines = document.Signatories.Select(s => $"{s.Position} {s.Name}").Append($"Исполнитель: {document.Executor!.Name}{(document.Executor.Phone is { } phone ? ", тел. " + phone : string.Empty)}");
        Assert.Equal(lines, after.Select(line => Normalize(line.Text)));
        Assert.True(document.Signatories.Count >= 1);
    }

    /// <summary>The stamp's lines after its heading, as the built-in template prints them.</summary>
    private static IEnumerable<string> Stamp(ApprovalBlock approval) =>
        approval.Position is { } position
            ? [position, $"______________ {approval.Signer ?? "______________"}", approval.Date ?? "«___» ____________ 20___ г."]
            : [approval.Act, $"от {approval.Date ?? "__________"} {(approval.Number is { } number ? "№ " + number : "№ ___")}"];

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void A_header_of_two_levels_is_TH_with_scope_and_spans_and_a_merged_body_cell_has_its_row_span()
    {
        var (document, tree) = Read("report-nine-months-portrait");
        var table = Assert.Single(tree.Descendants(), e => e.Type == "Table");

        Assert.Equal(["THead", "TBody"], table.Children.Select(c => c.Type));
        var header = table.Children[0].Children;
        Assert.Equal(3, header.Count);
        Assert.All(header.SelectMany(r => r.Children), cell => Assert.Equal("TH", cell.Type));
        Assert.All(header.SelectMany(r => r.Children), cell => Assert.Contains("/Scope /Column", cell.Attributes));
        Assert.Equal(5, header[0].Children.Count(c => c.Attributes.Contains("/RowSpan 2")));
        Assert.Equal("Отметка о выполнении", Assert.Single(header[0].Children, c => c.Attributes.Contains("/ColSpan 2")).Text);
        Assert.Equal(["да", "нет"], header[1].Children.Select(c => c.Text));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], header[2].Children.Select(c => c.Text));

        // The section whose measures share one responsible unit prints it once, over all its rows.
        var shared = document.Sections[1];
        var merged = Assert.Single(tree.Descendants(), e => e.Type == "TD" && e.Attributes.Any(a => a.StartsWith("/RowSpan", StringComparison.Ordinal)));
        Assert.Contains($"/RowSpan {shared.Items.Count}", merged.Attributes);
        Assert.Equal(shared.Items[0].Responsible.Single(), merged.Text);
        Assert.Equal(shared.Items[0].Number, merged.Parent!.Children[0].Text);
        Assert.All(table.Children[1].Children.Where(r => r.Children.Count == 1), section => Assert.Contains("/ColSpan 7", section.Children[0].Attributes));
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void Extra_columns_head_their_column_and_a_section_note_stands_in_the_execution_column()
    {
        var (document, tree) = Read("report-half-year-extra-columns");
        var table = Assert.Single(tree.Descendants(), e => e.Type == "Table");

        string[] titles = ["№ п/п", "Наименование мероприятия", "Показатель (индикатор)", "Ожидаемый результат", "Ответственные исполнители", "Срок исполнения", "Информация об исполнении", "Примечание"];
        Assert.Equal(titles, table.Children[0].Children[0].Children.Select(c => c.Text));
        Assert.All(table.Children[0].Children.SelectMany(r => r.Children), cell => Assert.Contains("/Scope /Column", cell.Attributes));

        // The title spans the six columns before the execution column, the note stands in it, the last column is empty.
        var noted = table.Children[1].Children[0].Children;
        Assert.Equal(3, noted.Count);
        Assert.Contains("/ColSpan 6", noted[0].Attributes);
        Assert.Equal($"{document.Sections[0].Number}. {document.Sections[0].Title}", noted[0].Text);
        Assert.Equal(document.Sections[0].Note, noted[1].Text);
        Assert.Empty(noted[2].Text);
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void An_execution_text_of_many_pages_is_one_cell_read_in_order()
    {
        var (document, pdf) = ConformanceDocuments.HandWritten("report-half-year-extra-columns");
        var tree = StructureTree.Of(pdf)!;
        var execution = document.Sections[0].Items[1].Execution!;
        var paragraphs = execution.Split("\n\n").Select(p => Normalize(p.Split('\n')[0])).ToList();

        Assert.True(ExternalTools.PageCount(pdf) > 20);
        var cell = Assert.Single(tree.Descendants(), e => e.Type == "TD" && Normalize(e.Text).Contains(paragraphs[1], StringComparison.Ordinal));
        var read = cell.Children.Where(c => c.Type == "P").Select(c => Normalize(c.Text)).ToList();

        // The status mark, then every paragraph in order, then the closing items (a list for each bullet, «-» and «•»).
        Assert.Equal("Исполнено", read[0]);
        Assert.Equal(paragraphs, read.Skip(1));
        Assert.Equal(["L", "L"], cell.Children.SkipWhile(c => c.Type == "P").Select(c => c.Type));
        Assert.Equal(3, cell.Children.Where(c => c.Type == "L").Sum(l => l.Children.Count(i => i.Type == "LI")));
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public void With_the_whole_header_repeated_the_repeats_are_artifacts_and_the_file_is_valid()
    {
        var document = ConformanceDocuments.LoadHandWritten("report-quarter-roman");
        var pdf = ConformanceDocuments.Render(document, new RenderSettings { RepeatFullHeader = true });
        var pages = ExternalTools.PageCount(pdf);

        // Printed on every page, read once.
        Assert.True(pages > 2);
        Assert.Equal(pages, Regex.Count(ExternalTools.PdfText(pdf), "Наименование мероприятия"));
        var tree = StructureTree.Of(pdf)!;
        Assert.Single(tree.Descendants(), e => e.Type == "TH" && e.Text == "Наименование мероприятия");
        Assert.Equal(2, Assert.Single(tree.Descendants(), e => e.Type == "THead").Children.Count);
        Assert.Null(Preflight.Check([("report-quarter-repeated-header", pdf)]).Single().Errors);
    }

    private static string Normalize(string text) => Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // A blank line ends a paragraph; a line starting with «- » or «• » starts a list item.
    [GeneratedRegex(@"\n\n|\n(?=[-•] )")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"^[-•] ")]
    private static partial Regex Bullet();
}
