namespace Zaozersk.Reporting.Model;

/// <summary>
/// One of the input's texts that the built-in templates print as paragraphs and lists (through
/// <c>text_blocks</c>): a section's note, and a measure's text, deadline, indicator, expected
/// result, note and, in a report, execution.
/// </summary>
/// <param name="Section">Index of its section.</param>
/// <param name="Item">Index of its measure in the section; null for the section's note.</param>
/// <param name="Name">Its JSON property name.</param>
/// <param name="Text">The text, null when absent.</param>
internal readonly record struct BlockText(int Section, int? Item, string Name, string? Text)
{
    /// <summary>Its JSON path, built when asked: most checks never need it.</summary>
    public string Path
    {
        get
        {
            var parent = JsonPaths.Index(JsonPaths.Property(JsonPaths.Root, "sections"), Section);
            if (Item is { } item)
            {
                parent = JsonPaths.Index(JsonPaths.Property(parent, "items"), item);
            }

            return JsonPaths.Property(parent, Name);
        }
    }

    /// <summary>The document's printed texts, section by section.</summary>
    public static IEnumerable<BlockText> In(PlanDocument document)
    {
        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            yield return new(s, null, "note", section.Note);
            for (var i = 0; i < section.Items.Count; i++)
            {
                var item = section.Items[i];
                yield return new(s, i, "measure", item.Measure);
                yield return new(s, i, "deadline", item.Deadline);
                yield return new(s, i, "indicator", item.Indicator);
                yield return new(s, i, "expectedResult", item.ExpectedResult);
                yield return new(s, i, "note", item.Note);
                if (document.Kind == DocumentKind.Report)
                {
                    yield return new(s, i, "execution", item.Execution);
                }
            }
        }
    }
}
