using Zaozersk.Reporting.Localization;

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
        TextRules.Required(document.Organisation, JsonPaths.Property(root, "organisation"), static () => Localized.Text("the organisation is empty", "не указана организация"), bag);
        TextRules.Required(document.PlanSubject, JsonPaths.Property(root, "planSubject"), static () => Localized.Text("the plan subject is empty", "не указано наименование плана (слова после «План»)"), bag);
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
            bag.Error(DiagnosticCodes.EmptySection, sectionsPath, Localized.Text(
                "the document has no sections; there is nothing to print",
                "в документе нет разделов; печатать нечего"));
        }

        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            var path = JsonPaths.Index(sectionsPath, s);
            var value = numbering.Section(section, JsonPaths.Property(path, "number"), bag);
            TextRules.Required(section.Title, JsonPaths.Property(path, "title"), static () => Localized.Text("the section title is empty", "не указано название раздела"), bag);
            TextRules.Characters(section.Note, JsonPaths.Property(path, "note"), bag);

            var itemsPath = JsonPaths.Property(path, "items");
            if (section.Items.Count == 0)
            {
                var number = QuotedText.Shorten(section.Number);
                bag.Warning(DiagnosticCodes.EmptySection, itemsPath, Localized.Text($"section {number} has no measures", $"в разделе {number} нет мероприятий"));
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
        // Built only for a finding: most measures have none.
        string Number() => QuotedText.Shorten(item.Number);

        TextRules.Required(item.Measure, JsonPaths.Property(path, "measure"), () => Localized.Text($"the text of measure {Number()} is empty", $"не указан текст мероприятия {Number()}"), bag);

        var responsiblePath = JsonPaths.Property(path, "responsible");
        if (item.Responsible.Count == 0)
        {
            bag.Warning(DiagnosticCodes.NoResponsible, responsiblePath, Localized.Text(
                $"measure {Number()} names no responsible unit",
                $"у мероприятия {Number()} не указан ответственный исполнитель"));
        }

        for (var r = 0; r < item.Responsible.Count; r++)
        {
            TextRules.Required(item.Responsible[r], JsonPaths.Index(responsiblePath, r), static () => Localized.Text("a responsible unit is empty", "в списке ответственных исполнителей есть пустая строка"), bag);
        }

        var deadlinePath = JsonPaths.Property(path, "deadline");
        if (TextRules.ShowsNothing(item.Deadline))
        {
            bag.Warning(DiagnosticCodes.EmptyDeadline, deadlinePath, Localized.Text(
                $"measure {Number()} has no deadline",
                $"у мероприятия {Number()} не указан срок исполнения"));
        }

        TextRules.Characters(item.Deadline, deadlinePath, bag);
        TextRules.Characters(item.Indicator, JsonPaths.Property(path, "indicator"), bag);
        TextRules.Characters(item.ExpectedResult, JsonPaths.Property(path, "expectedResult"), bag);
        TextRules.Characters(item.Note, JsonPaths.Property(path, "note"), bag);

        var executionPath = JsonPaths.Property(path, "execution");
        var hasExecution = !TextRules.ShowsNothing(item.Execution);
        if (kind == DocumentKind.Report && !hasExecution)
        {
            bag.Warning(DiagnosticCodes.MissingExecution, executionPath, Localized.Text(
                $"measure {Number()} has no execution information; its cell will be empty",
                $"у мероприятия {Number()} нет информации об исполнении; ее графа останется пустой"));
        }
        else if (kind == DocumentKind.Plan && hasExecution)
        {
            bag.Warning(DiagnosticCodes.ExecutionInPlan, executionPath, Localized.Text(
                $"a plan does not print execution text; measure {Number()}'s is ignored",
                $"в плане информация об исполнении не печатается; у мероприятия {Number()} она не попадет в документ"));
        }

        TextRules.Characters(item.Execution, executionPath, bag);
    }

    private static void CheckSignatures(PlanDocument document, DiagnosticBag bag)
    {
        var path = JsonPaths.Property(JsonPaths.Root, "signatories");
        if (document.Signatories.Count == 0)
        {
            bag.Warning(DiagnosticCodes.NoSignatory, path, Localized.Text(
                "no signatories: the signature block will be missing",
                "не указаны подписывающие лица: в документе не будет подписей"));
        }

        for (var i = 0; i < document.Signatories.Count; i++)
        {
            var signatory = document.Signatories[i];
            var itemPath = JsonPaths.Index(path, i);
            TextRules.Required(signatory.Position, JsonPaths.Property(itemPath, "position"), static () => Localized.Text("the signatory's position is empty", "не указана должность подписывающего лица"), bag);
            TextRules.Required(signatory.Name, JsonPaths.Property(itemPath, "name"), static () => Localized.Text("the signatory's name is empty", "не указаны фамилия и инициалы подписывающего лица"), bag);
        }

        if (document.Executor is { } executor)
        {
            var executorPath = JsonPaths.Property(JsonPaths.Root, "executor");
            TextRules.Required(executor.Name, JsonPaths.Property(executorPath, "name"), static () => Localized.Text("the executor's name is empty", "не указаны фамилия и инициалы исполнителя"), bag);
            TextRules.Characters(executor.Phone, JsonPaths.Property(executorPath, "phone"), bag);
        }
    }
}
