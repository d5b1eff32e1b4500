using Zaozersk.Reporting.Diagnostics;
using Zaozersk.Reporting.Model.Json;

namespace Zaozersk.Reporting.Model.Validation;

/// <summary>
/// Checks a plan or report for what an official would want caught before printing. Errors mean
/// the document must not be rendered as it is; warnings are worth a look but do not block.
/// Diagnostics come in document order, each with its JSON path.
/// </summary>
internal static class PlanValidator
{
    /// <summary>Validates <paramref name="document"/>.</summary>
    /// <param name="document">The plan or report.</param>
    /// <returns>The diagnostics, in document order; empty for a clean document.</returns>
    public static IReadOnlyList<Diagnostic> Validate(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bag = new DiagnosticBag();
        var root = JsonPaths.Root;

        TextRules.Characters(document.Schema, JsonPaths.Property(root, "$schema"), bag);
        TextRules.Required(document.Organisation, JsonPaths.Property(root, "organisation"), "the organisation", bag);
        TextRules.Required(document.PlanSubject, JsonPaths.Property(root, "planSubject"), "the plan subject", bag);
        PeriodRules.Check(document, bag);
        ApprovalRules.Check(document.Approval, bag);
        CheckSections(document, bag);
        foreach (var text in BlockText.In(document))
        {
            TextRules.Blocks(text, bag);
        }

        CheckSignatures(document, bag);
        return bag.Items;
    }

    private static void CheckSections(PlanDocument document, DiagnosticBag bag)
    {
        var numbering = new NumberingRules(document);
        var sectionsPath = JsonPaths.Property(JsonPaths.Root, "sections");
        if (document.Sections.Count == 0)
        {
            bag.Error(DiagnosticCodes.EmptySection, sectionsPath, "the document has no sections; there is nothing to print");
        }

        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            var path = JsonPaths.Index(sectionsPath, s);
            var value = numbering.Section(section, JsonPaths.Property(path, "number"), bag);
            TextRules.Required(section.Title, JsonPaths.Property(path, "title"), "the section title", bag);
            TextRules.Characters(section.Note, JsonPaths.Property(path, "note"), bag);

            var itemsPath = JsonPaths.Property(path, "items");
            if (section.Items.Count == 0)
            {
                bag.Warning(DiagnosticCodes.EmptySection, itemsPath, $"section {QuotedText.Shorten(section.Number)} has no measures");
            }

            for (var i = 0; i < section.Items.Count; i++)
            {
                var itemPath = JsonPaths.Index(itemsPath, i);
                numbering.Item(section.Items[i], JsonPaths.Property(itemPath, "number"), value, section.Number, bag);
                CheckItem(section.Items[i], itemPath, document.Kind, bag);
            }
        }
    }

    private static void CheckItem(PlanItem item, string path, DocumentKind kind, DiagnosticBag bag)
    {
        TextRules.Required(item.Measure, JsonPaths.Property(path, "measure"), $"the text of measure {QuotedText.Shorten(item.Number)}", bag);

        var responsiblePath = JsonPaths.Property(path, "responsible");
        if (item.Responsible.Count == 0)
        {
            bag.Warning(DiagnosticCodes.NoResponsible, responsiblePath, $"measure {QuotedText.Shorten(item.Number)} names no responsible unit");
        }

        for (var r = 0; r < item.Responsible.Count; r++)
        {
            TextRules.Required(item.Responsible[r], JsonPaths.Index(responsiblePath, r), "a responsible unit", bag);
        }

        var deadlinePath = JsonPaths.Property(path, "deadline");
        if (TextRules.ShowsNothing(item.Deadline))
        {
            bag.Warning(DiagnosticCodes.EmptyDeadline, deadlinePath, $"measure {QuotedText.Shorten(item.Number)} has no deadline");
        }

        TextRules.Characters(item.Deadline, deadlinePath, bag);
        TextRules.Characters(item.Indicator, JsonPaths.Property(path, "indicator"), bag);
        TextRules.Characters(item.ExpectedResult, JsonPaths.Property(path, "expectedResult"), bag);
        TextRules.Characters(item.Note, JsonPaths.Property(path, "note"), bag);

        var executionPath = JsonPaths.Property(path, "execution");
        var hasExecution = !TextRules.ShowsNothing(item.Execution);
        if (kind == DocumentKind.Report && !hasExecution)
        {
            bag.Warning(DiagnosticCodes.MissingExecution, executionPath, $"measure {QuotedText.Shorten(item.Number)} has no execution information; its cell will be empty");
        }
        else if (kind == DocumentKind.Plan && hasExecution)
        {
            bag.Warning(DiagnosticCodes.ExecutionInPlan, executionPath, $"a plan does not print execution text; measure {QuotedText.Shorten(item.Number)}'s is ignored");
        }

        TextRules.Characters(item.Execution, executionPath, bag);
    }

    private static void CheckSignatures(PlanDocument document, DiagnosticBag bag)
    {
        var path = JsonPaths.Property(JsonPaths.Root, "signatories");
        if (document.Signatories.Count == 0)
        {
            bag.Warning(DiagnosticCodes.NoSignatory, path, "no signatories: the signature block will be missing");
        }

        for (var i = 0; i < document.Signatories.Count; i++)
        {
            var signatory = document.Signatories[i];
            var itemPath = JsonPaths.Index(path, i);
            TextRules.Required(signatory.Position, JsonPaths.Property(itemPath, "position"), "the signatory's position", bag);
            TextRules.Required(signatory.Name, JsonPaths.Property(itemPath, "name"), "the signatory's name", bag);
        }

        if (document.Executor is { } executor)
        {
            var executorPath = JsonPaths.Property(JsonPaths.Root, "executor");
            TextRules.Required(executor.Name, JsonPaths.Property(executorPath, "name"), "the executor's name", bag);
            TextRules.Characters(executor.Phone, JsonPaths.Property(executorPath, "phone"), bag);
        }
    }
}
