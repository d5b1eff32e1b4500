namespace Zaozersk.Reporting.Import;

/// <summary>A section as read from the table, with the places of its row and of its measures' rows.</summary>
/// <param name="Number">The section number without the dot, or empty when the row has none.</param>
/// <param name="Title">The title.</param>
/// <param name="Note">The section note, if the row has one.</param>
/// <param name="Place">The section row's place.</param>
internal sealed record SectionDraft(string Number, string Title, string? Note, string Place)
{
    /// <summary>The measures, each with its row's place.</summary>
    public List<(PlanItem Item, string Place)> Items { get; } = [];

    /// <summary>The model's section.</summary>
    public PlanSection ToSection() => new() { Number = Number, Title = Title, Note = Note, Items = [.. Items.Select(i => i.Item)] };
}
