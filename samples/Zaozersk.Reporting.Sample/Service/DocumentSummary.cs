using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>What a plan or report holds, in brief: shown before it is rendered (above all after an import).</summary>
/// <param name="Kind"><c>report</c> or <c>plan</c>.</param>
/// <param name="Organisation">The organisation, as written.</param>
/// <param name="Sections">How many sections.</param>
/// <param name="Measures">How many measures, in all sections.</param>
/// <param name="Signatories">How many signatories.</param>
/// <param name="Description">All of it in a sentence, in the request's language.</param>
internal sealed record DocumentSummary(string Kind, string Organisation, int Sections, int Measures, int Signatories, string Description)
{
    /// <summary>The summary of a loaded or imported document.</summary>
    public static DocumentSummary Of(PlanDocument document) => new(
        document.Kind == DocumentKind.Report ? "report" : "plan",
        document.Organisation,
        document.Sections.Count,
        document.Sections.Sum(s => s.Items.Count),
        document.Signatories.Count,
        Commands.Summarise(document));
}
