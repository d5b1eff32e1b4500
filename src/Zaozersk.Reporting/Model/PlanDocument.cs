using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Zaozersk.Reporting;

/// <summary>
/// План мероприятий по противодействию коррупции или отчет об исполнении плана: the whole input
/// of one document, as read from JSON or built in code.
/// </summary>
public sealed record PlanDocument
{
    private readonly IReadOnlyList<Signatory> _signatories = [];

    /// <summary>Optional reference to the JSON Schema, for editors; ignored by the library.</summary>
    [JsonPropertyName("$schema")]
    [Description("Optional reference to this schema, for editors.")]
    public string? Schema { get; init; }

    /// <summary>Plan or report.</summary>
    [Description("plan or report.")]
    public required DocumentKind Kind { get; init; }

    /// <summary>Организация: the body whose plan it is («Администрация ЗАТО город Заозерск»).</summary>
    [Description("Organisation whose plan it is, in the nominative case.")]
    public required string Organisation { get; init; }

    /// <summary>
    /// The plan's name after the word «План», as it reads in both titles: «мероприятий по
    /// противодействию коррупции в Администрации ЗАТО город Заозерск». The plan's title is then
    /// «ПЛАН» + this + «на 2021–2024 годы»; the report's is «ОТЧЕТ об исполнении Плана» + this + ….
    /// </summary>
    [Description("The plan's name after the word План, e.g. мероприятий по противодействию коррупции в Администрации ЗАТО город Заозерск.")]
    public required string PlanSubject { get; init; }

    /// <summary>Период действия плана.</summary>
    [Description("Years the plan covers.")]
    public required YearRange PlanPeriod { get; init; }

    /// <summary>Отчетный период; required for a report, absent for a plan.</summary>
    [Description("Period the report covers; required for a report.")]
    public ReportPeriod? ReportPeriod { get; init; }

    /// <summary>Гриф утверждения, if the document carries one.</summary>
    [Description("Approval stamp; omit for none.")]
    public ApprovalBlock? Approval { get; init; }

    /// <summary>Дата документа as ДД.ММ.ГГГГ; becomes the document's creation date in the files' metadata.</summary>
    [Description("Date of the document as DD.MM.YYYY; used for file metadata.")]
    public string? Date { get; init; }

    /// <summary>Разделы плана, in order.</summary>
    [Description("Sections of the plan, in order.")]
    public required IReadOnlyList<PlanSection> Sections { get; init; }

    /// <summary>Подписи: officials who sign the document, in order.</summary>
    [Description("Officials who sign the document, in order.")]
    public IReadOnlyList<Signatory> Signatories
    {
        get => _signatories;

        // The JSON source generator passes null for an absent property; absent means none.
        init => _signatories = value ?? [];
    }

    /// <summary>Отметка об исполнителе, if any.</summary>
    [Description("The Исполнитель line; omit for none.")]
    public Executor? Executor { get; init; }
}
