namespace Zaozersk.Reporting.Import;

/// <summary>A block of a Word body or table cell as the importer sees it: a paragraph or a table.</summary>
internal abstract class WordBlock
{
    /// <summary>Whether the block holds no visible text at all.</summary>
    public abstract bool IsEmpty { get; }
}
