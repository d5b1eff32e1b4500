using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Composition;

/// <summary>
/// The printed input text that makes the most paragraphs and lists, by its JSON path. Asked only
/// when a document passes the block limit: the markup place alone does not say which value to
/// shorten when one text of a report holds hundreds of thousands of paragraphs.
/// </summary>
internal static class TextWithMostBlocks
{
    /// <summary>The text's JSON path and block count; null for a document without texts.</summary>
    public static (string Path, int Blocks)? Find(PlanDocument document)
    {
        var (most, blocks) = BlockText.In(document)
            .Select(text => (Text: text, Blocks: TextConvention.BlockCount(text.Text)))
            .MaxBy(counted => counted.Blocks);
        return blocks > 0 ? (most.Path, blocks) : null;
    }
}
