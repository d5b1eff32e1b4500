using Zaozersk.Reporting.Localization;

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
        TextRules.Required(approval.Heading, headingPath, static () => Localized.Text("the approval heading is empty", "не указан гриф утверждения"), bag);
        if (!string.IsNullOrWhiteSpace(approval.Heading)
            && (!approval.Heading.Equals(approval.Heading.ToUpperInvariant(), StringComparison.Ordinal) || approval.Heading.IndexOfAny(['"', '«', '»']) >= 0))
        {
            var heading = QuotedText.Quote(approval.Heading);
            bag.Warning(DiagnosticCodes.ApprovalHeadingStyle, headingPath, Localized.Text(
                $"{heading}: the approval word is written in capitals without quotes (УТВЕРЖДЕН)",
                $"{heading}: гриф утверждения пишется прописными буквами без кавычек (УТВЕРЖДЕН)"));
        }

        if (approval.Position is null)
        {
            TextRules.Required(approval.Act, JsonPaths.Property(path, "act"), static () => Localized.Text("the approving act is empty", "не указан утверждающий акт"), bag);
        }
        else
        {
            CheckPerson(approval, path, bag);
        }

        var datePath = JsonPaths.Property(path, "date");
        if (approval.Date is not null && !OfficialDate.TryParse(approval.Date, out _))
        {
            var date = QuotedText.Quote(approval.Date);
            bag.Error(DiagnosticCodes.MalformedDate, datePath, Localized.Text(
                $"{date} is not a date written as ДД.ММ.ГГГГ (for example 27.04.2022); omit 'date' to leave a blank",
                $"{date} — не дата в виде ДД.ММ.ГГГГ (например 27.04.2022); чтобы оставить место для даты пустым, уберите 'date'"));
        }

        var numberPath = JsonPaths.Property(path, "number");
        if (approval.Number is not null)
        {
            if (string.IsNullOrWhiteSpace(approval.Number))
            {
                bag.Error(DiagnosticCodes.EmptyText, numberPath, Localized.Text(
                    "the act number is empty; omit 'number' to leave a blank",
                    "номер акта пуст; чтобы оставить место для номера пустым, уберите 'number'"));
            }
            else if (approval.Number.Contains('№', StringComparison.Ordinal))
            {
                var number = QuotedText.Quote(approval.Number);
                bag.Warning(DiagnosticCodes.NumberSignInActNumber, numberPath, Localized.Text(
                    $"{number}: write the number without «№», the layout adds it",
                    $"{number}: пишите номер без «№», этот знак добавляется при верстке"));
            }

            TextRules.Characters(approval.Number, numberPath, bag);
        }
    }

    /// <summary>«УТВЕРЖДАЮ»: a person approves, so there is a position and no act or act number.</summary>
    private static void CheckPerson(ApprovalBlock approval, string path, DiagnosticBag bag)
    {
        TextRules.Required(approval.Position!, JsonPaths.Property(path, "position"), static () => Localized.Text(
            "the approving person's position is empty",
            "не указана должность утверждающего"), bag);
        if (approval.Act.Length > 0 || approval.Number is not null)
        {
            bag.Error(DiagnosticCodes.ApprovalPersonAndAct, JsonPaths.Property(path, approval.Act.Length > 0 ? "act" : "number"), Localized.Text(
                "an approval names either the approving person ('position', 'signer') or the approving act ('act', 'number'), not both; remove one",
                "в грифе утверждения указывается либо утверждающее лицо ('position', 'signer'), либо утверждающий акт ('act', 'number'), но не то и другое; уберите одно"));
        }

        if (approval.Signer is not null)
        {
            TextRules.Required(approval.Signer, JsonPaths.Property(path, "signer"), static () => Localized.Text(
                "the approving person's name is empty; omit 'signer' to leave a blank",
                "не указано имя утверждающего; чтобы оставить место пустым, уберите 'signer'"), bag);
        }
    }
}
