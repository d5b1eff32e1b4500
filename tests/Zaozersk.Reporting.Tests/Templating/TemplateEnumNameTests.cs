using System.Text.Json;
using Scriban.Runtime;
using Zaozersk.Reporting.Templating;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Templating;

/// <summary>
/// Issue #27: a template saw the status «inProgress» as «inprogress». Every enum value reaches a
/// template spelt as the JSON file the library writes spells it (and as the schema lists it).
/// </summary>
public sealed class TemplateEnumNameTests
{
    private static ScriptObject FirstItem(PlanDocument document)
    {
        var sections = (ScriptArray)TemplateModel.From(document)["sections"]!;
        var items = (ScriptArray)((ScriptObject)sections[0]!)["items"]!;
        return (ScriptObject)items[0]!;
    }

    [Fact]
    public void Every_status_reaches_a_template_as_the_json_spells_it()
    {
        Assert.All(Enum.GetValues<MeasureStatus>(), status =>
        {
            var document = SeedVariant.WithItem(0, 0, i => i with { Status = status });
            var item = FirstItem(document);

            var written = JsonDocument.Parse(PlanDocumentJson.Serialize(document)).RootElement
                .GetProperty("sections")[0].GetProperty("items")[0].GetProperty("status").GetString();
            Assert.Equal(written, item["status"]);
            Assert.Contains($"\"{written}\"", PlanDocumentJson.Schema, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_report_period_kind_and_document_kind_reaches_a_template_as_the_json_spells_it()
    {
        Assert.All(Enum.GetValues<ReportPeriodKind>(), kind =>
        {
            var number = kind switch { ReportPeriodKind.HalfYear => 1, ReportPeriodKind.Quarter => 2, _ => (int?)null };
            var document = SeedVariant.Seed with { ReportPeriod = new ReportPeriod { Kind = kind, Year = 2022, Number = number } };
            var root = JsonDocument.Parse(PlanDocumentJson.Serialize(document)).RootElement;

            var model = TemplateModel.From(document);
            Assert.Equal(root.GetProperty("reportPeriod").GetProperty("kind").GetString(), ((ScriptObject)model["report_period"]!)["kind"]);
            Assert.Equal(root.GetProperty("kind").GetString(), model["kind"]);
        });
        Assert.Equal("plan", TemplateModel.From(SeedVariant.Seed with { Kind = DocumentKind.Plan, ReportPeriod = null })["kind"]);
    }

    [Fact]
    public void A_template_comparing_the_json_name_of_a_status_finds_it()
    {
        var document = SeedVariant.WithItem(0, 0, i => i with { Status = MeasureStatus.InProgress });
        var item = FirstItem(document);

        Assert.Equal("inProgress", item["status"]);
    }
}
