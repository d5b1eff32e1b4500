namespace Zaozersk.Reporting;

/// <summary>What standard the PDF output is written to.</summary>
public enum PdfConformance
{
    /// <summary>
    /// Archival and accessible (the default): PDF/A-1b (ISO 19005-1) with an sRGB output intent,
    /// PDF/A identification in the XMP metadata and complete font subsets, and tagged for screen
    /// readers (a structure tree in reading order, the document language, page furniture marked as such).
    /// </summary>
    PdfA1b = 0,

    /// <summary>Plain PDF 1.4 without PDF/A identification or tags: the smallest file.</summary>
    None = 1,
}
