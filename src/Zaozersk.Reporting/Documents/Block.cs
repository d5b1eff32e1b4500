namespace Zaozersk.Reporting.Documents;

/// <summary>A block-level element: paragraph, bulleted list, table or page break.</summary>
internal abstract record Block;
