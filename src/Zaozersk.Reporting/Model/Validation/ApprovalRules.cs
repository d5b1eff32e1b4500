using Zaozersk.Reporting.Diagnostics;
using Zaozersk.Reporting.Model.Json;

namespace Zaozersk.Reporting.Model.Validation;

/// <summary>The approval stamp (гриф утверждения) as ГОСТ Р 7.0.97-2025 wants it.</summary>
internal static class ApprovalRules
{
    public static void Check(ApprovalBlock? approval, DiagnosticBag bag)
    {
        if (approval is null)
        {
            return;
        }

        var path = JsonPaths.Property(JsonPaths.Root, "approval");
        var headingPath = JsonPaths.Property(path, "heading");
        TextRules.Required(approval.Heading, headingPath, "the approval heading", bag);
        if (!string.IsNullOrWhiteSpace(approval.Heading)
            && (!approval.Heading.Equals(approval.Heading.ToUpperInvariant(), StringComparison.Ordinal) || approval.Heading.IndexOfAny(['"', '«', '»']) >= 0))
        {
            bag.Warning(DiagnosticCodes.ApprovalHeadingStyle, headingPath,
                $"{QuotedText.Quote(approval.Heading)}: the approval word is written in capitals without quotes (УТВЕРЖДЕН)");
        }

        TextRules.Required(approval.Act, JsonPaths.Property(path, "act"), "the approving act", bag);

        var datePath = JsonPaths.Property(path, "date");
        if (approval.Date is not null && !OfficialDate.TryParse(approval.Date, out _))
        {
            bag.Error(DiagnosticCodes.MalformedDate, datePath,
                $"{QuotedText.Quote(approval.Date)} is not a date written as ДД.ММ.ГГГГ (for example 27.04.2022); omit 'date' to leave a blank");
        }

        var numberPath = JsonPaths.Property(path, "number");
        if (approval.Number is not null)
        {
            if (string.IsNullOrWhiteSpace(approval.Number))
            {
                bag.Error(DiagnosticCodes.EmptyText, numberPath, "the act number is empty; omit 'number' to leave a blank");
            }
            else if (approval.Number.Contains('№', StringComparison.Ordinal))
            {
                bag.Warning(DiagnosticCodes.NumberSignInActNumber, numberPath,
                    $"{QuotedText.Quote(approval.Number)}: write the number without «№», the layout adds it");
            }

            TextRules.Characters(approval.Number, numberPath, bag);
        }
    }
}
