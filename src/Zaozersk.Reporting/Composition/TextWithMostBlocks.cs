using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Json;

namespace Zaozersk.Reporting.Composition;

/// <summary>
/// The input text that makes the most paragraphs and lists, by its JSON path. Asked only when a
/// document passes the block limit: the markup place alone does not say which value to shorten
/// when one text of a report holds hundreds of thousands of paragraphs.
/// </summary>
internal static class TextWithMostBlocks
{
    /// <summary>The text's JSON path and block count; null for a document without texts.</summary>
    public static (string Path, int Blocks)? Find(PlanDocument document)
    {
        (string Path, int Blocks)? most = null;
        void Consider(string parent, string name, string? text)
        {
            var blocks = TextConvention.BlockCount(text);
            if (blocks > (most?.Blocks ?? 0))
            {
                most = (JsonPaths.Property(parent, name), blocks);
            }
        }

        var sections = JsonPaths.Property(JsonPaths.Root, "sections");
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            var sectionPath = JsonPaths.Index(sections, i);
            Consider(sectionPath, "note", section.Note);
            var items = JsonPaths.Property(sectionPath, "items");
            for (var j = 0; j < section.Items.Count; j++)
            {
                var item = section.Items[j];
                var itemPath = JsonPaths.Index(items, j);
                Consider(itemPath, "measure", item.Measure);
                Consider(itemPath, "deadline", item.Deadline);
                Consider(itemPath, "indicator", item.Indicator);
                Consider(itemPath, "expectedResult", item.ExpectedResult);
                Consider(itemPath, "execution", item.Execution);
                Consider(itemPath, "note", item.Note);
            }
        }

        return most;
    }
}
