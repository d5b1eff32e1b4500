using System.Globalization;
using Scriban.Runtime;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Json;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// The input as templates see it: plain script objects (strings, numbers, booleans, arrays) with
/// snake_case names, never live .NET objects, so a template can read the data but reach nothing else.
/// </summary>
internal static class TemplateModel
{
    public static StrictScriptObject From(PlanDocument document)
    {
        var model = new StrictScriptObject
        {
            ["kind"] = JsonNames.Of(document.Kind),
            ["is_report"] = document.Kind == DocumentKind.Report,
            ["organisation"] = document.Organisation,
            ["plan_subject"] = document.PlanSubject,
            ["plan_period"] = new StrictScriptObject
            {
                ["from"] = document.PlanPeriod.From,
                ["to"] = document.PlanPeriod.To,
                ["text"] = OfficialFormats.YearRange(document.PlanPeriod.From, document.PlanPeriod.To),
                ["phrase"] = OfficialFormats.PlanPeriodPhrase(document.PlanPeriod),
            },
            ["report_period"] = document.ReportPeriod is { } period ? new StrictScriptObject
            {
                ["kind"] = JsonNames.Of(period.Kind),
                ["year"] = period.Year,
                ["number"] = period.Number,
                ["phrase"] = OfficialFormats.ReportPeriodPhrase(period),
            } : null,
            ["approval"] = document.Approval is { } approval ? new StrictScriptObject
            {
                ["heading"] = approval.Heading,
                ["act"] = approval.Act,
                ["date"] = approval.Date is null ? null : OfficialFormats.Date(approval.Date),
                ["number"] = approval.Number,
                ["position"] = approval.Position,
                ["signer"] = approval.Signer,
            } : null,
            ["date"] = document.Date is null ? null : OfficialFormats.Date(document.Date),
            ["sections"] = Array(document.Sections, Section),
            ["signatories"] = Array(document.Signatories, s => new StrictScriptObject { ["position"] = s.Position, ["name"] = s.Name }),
            ["executor"] = document.Executor is { } executor ? new StrictScriptObject { ["name"] = executor.Name, ["phone"] = executor.Phone } : null,
            ["measure_count"] = document.Sections.Sum(s => s.Items.Count),
            ["columns"] = Array(TableColumns.For(document), c => new StrictScriptObject { ["key"] = c.Key, ["title"] = c.Title, ["width"] = c.Width }),
        };
        return model;
    }

    private static StrictScriptObject Section(PlanSection section) => new()
    {
        ["number"] = section.Number,
        ["title"] = section.Title,
        ["note"] = section.Note,
        ["items"] = Array(section.Items, Item),
    };

    private static StrictScriptObject Item(PlanItem item) => new()
    {
        ["number"] = item.Number,
        ["measure"] = item.Measure,
        ["responsible"] = Array(item.Responsible, r => r),
        ["deadline"] = item.Deadline,
        ["indicator"] = item.Indicator,
        ["expected_result"] = item.ExpectedResult,
        ["status"] = item.Status is { } code ? JsonNames.Of(code) : null,
        ["status_text"] = item.Status is { } status ? StatusText(status) : null,
        ["note"] = item.Note,
        ["execution"] = item.Execution,
    };

    /// <summary>The status as the official mark prints it.</summary>
    public static string StatusText(MeasureStatus status) => StatusMarks.Of(status);

    private static ScriptArray Array<T>(IEnumerable<T> values, Func<T, object?> convert)
    {
        var array = new ScriptArray();
        foreach (var value in values)
        {
            array.Add(convert(value));
        }

        return array;
    }

    /// <summary>Culture-free text of a number, for messages.</summary>
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
