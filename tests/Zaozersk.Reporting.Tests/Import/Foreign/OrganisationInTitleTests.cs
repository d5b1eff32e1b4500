using Zaozersk.Reporting.Import;
using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>The organisation is found in the title however it is written, and never taken from the file's author (issue 24, item 3).</summary>
public sealed class OrganisationInTitleTests
{
    [Theory]
    [InlineData("мероприятий по противодействию коррупции в администрации Озерного сельского поселения", "Администрация Озерного сельского поселения")]
    [InlineData("мероприятий по противодействию коррупции в Администрации ЗАТО город Заозерск", "Администрация ЗАТО город Заозерск")]
    [InlineData("противодействия коррупции в муниципальном образовании «Город Заозерск»", "Муниципальное образование «Город Заозерск»")]
    [InlineData("мероприятий по противодействию коррупции в Печенгском муниципальном округе", "Печенгский муниципальный округ")]
    [InlineData("мероприятий в сфере закупок в Кольском муниципальном районе Мурманской области", "Кольский муниципальный район Мурманской области")]
    [InlineData("мероприятий по противодействию коррупции в органах местного самоуправления города Заозерска", "Органы местного самоуправления города Заозерска")]
    [InlineData("мероприятий по противодействию коррупции в городском поселении Никель", "Городское поселение Никель")]
    public void The_body_named_in_the_title_is_the_organisation(string subject, string organisation) =>
        Assert.Equal(organisation, OrganisationName.FromSubject(subject));

    [Theory]
    [InlineData("мероприятий по противодействию коррупции в сфере закупок")]
    [InlineData("мероприятий по противодействию коррупции")]
    public void A_title_naming_no_body_gives_none(string subject) =>
        Assert.Null(OrganisationName.FromSubject(subject));

    [Fact]
    public async Task A_lower_case_administration_in_the_title_is_the_organisation_not_the_author()
    {
        using var file = new MemoryStream();
        WordWrittenPlan.Write(file, HeadingLayout.BoldParagraph, headerOnEveryTable: false);
        file.Position = 0;

        var imported = await new DocumentImporter().ImportAsync(file, "plan.docx");

        Assert.Equal(WordWrittenPlan.Organisation, imported.Document!.Organisation);
        Assert.Contains("в администрации Озерного", imported.Document.PlanSubject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_body_in_the_title_the_organisation_stays_empty_and_the_author_is_not_used()
    {
        var docx = Create(
            P("ПЛАН мероприятий по противодействию коррупции на 2025–2027 годы"),
            T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "Заседания комиссии", "Глава", "ежеквартально"]));
        using var authored = new MemoryStream();
        authored.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(authored, true))
        {
            document.PackageProperties.Creator = "user";
        }

        authored.Position = 0;
        var imported = await new DocumentImporter().ImportAsync(authored, "plan.docx");

        Assert.Equal(string.Empty, imported.Document!.Organisation);
        Assert.Contains(imported.Diagnostics, d => d.IsError && d.Path == "$.organisation");
        Assert.DoesNotContain("user", PlanDocumentJson.Serialize(imported.Document), StringComparison.Ordinal);
    }
}
