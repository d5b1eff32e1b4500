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

    /// <summary>Plain PDF without PDF/A identification or tags: the smallest file.</summary>
    None = 1,

    /// <summary>
    /// Archival and accessible, and compact: PDF/A-2b (ISO 19005-2), the same content and tags as
    /// <see cref="PdfA1b"/> in a PDF 1.7 file whose structure tree is held in compressed object
    /// streams, which PDF/A-1 forbids. About a quarter of <see cref="PdfA1b"/>'s extra bytes for a
    /// table-heavy report; for archives that take PDF/A-2.
    /// </summary>
    PdfA2b = 2,
}
