using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>A telephone without «тел.» and «______» signature lines after the table (issue 24, item 5).</summary>
public sealed class SignatureLinesTests
{
    private static async Task<ImportResult> Import(params DocumentFormat.OpenXml.OpenXmlElement[] after)
    {
        var docx = Create([
            P("ПЛАН мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2025–2027 годы"),
            T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "Заседания комиссии", "Глава", "ежеквартально"]),
            .. after]);
        return await new DocumentImporter().ImportAsync(new MemoryStream(docx), "plan.docx");
    }

    [Theory]
    [InlineData("Исполнитель: Иванова Мария Сергеевна, 8 (81556) 2-11-09", "Иванова Мария Сергеевна", "8 (81556) 2-11-09")]
    [InlineData("Исполнитель: Иванова М.С. +7 911 123-45-67", "Иванова М.С.", "+7 911 123-45-67")]
    [InlineData("Исп. Иванова М.С., тел. 2-11-09", "Иванова М.С.", "2-11-09")]
    [InlineData("Исполнитель: Иванова М.С., каб. 12", "Иванова М.С., каб. 12", null)]
    public async Task The_executor_telephone_is_split_from_the_name_with_or_without_tel(string line, string name, string? phone)
    {
        var imported = await Import(P(line));

        Assert.Equal((name, phone), (imported.Document!.Executor!.Name, imported.Document.Executor.Phone));
    }

    [Fact]
    public async Task A_telephone_alone_on_the_next_line_is_the_executors()
    {
        var imported = await Import(P("Исполнитель: Иванова Мария Сергеевна"), P("8 (81556) 2-11-09"));

        Assert.Equal("8 (81556) 2-11-09", imported.Document!.Executor!.Phone);
    }

    [Fact]
    public async Task Signature_lines_of_underscores_stay_out_of_the_name_in_a_table_and_in_a_paragraph()
    {
        var imported = await Import(
            T(2, ["Глава Озерного сельского поселения", "____________ А.В. Петров"]),
            P("Заместитель главы\t__________ И.И. Сидоров"));

        Assert.Equal(
            [("Глава Озерного сельского поселения", "А.В. Петров"), ("Заместитель главы", "И.И. Сидоров")],
            imported.Document!.Signatories.Select(s => (s.Position, s.Name)));
    }
}
