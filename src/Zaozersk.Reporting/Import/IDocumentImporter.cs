namespace Zaozersk.Reporting;

/// <summary>
/// Imports a plan or report from a Word document (DOCX) — one this library wrote, or one made by
/// people in Word or by other programs — recognising it by its content, not by its styles.
/// Implementations are thread-safe; register one as a singleton.
/// </summary>
public interface IDocumentImporter
{
    /// <summary>Imports a DOCX file; problems come back as diagnostics, never as exceptions.</summary>
    /// <param name="path">The .docx file. A .doc, .odt or .pdf gets a diagnostic saying how to convert it.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    Task<ImportResult> ImportAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Imports a DOCX from a stream.</summary>
    /// <param name="docx">The document's bytes.</param>
    /// <param name="sourceName">A name to show in diagnostics, such as the file name.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    Task<ImportResult> ImportAsync(Stream docx, string? sourceName = null, CancellationToken cancellationToken = default);
}
