namespace Zaozersk.Reporting;

/// <summary>
/// Everything a host needs: load a plan or report from JSON, validate it, render it to DOCX or PDF.
/// Implementations are thread-safe; register one as a singleton.
/// </summary>
public interface IDocumentRenderer
{
    /// <summary>Loads and validates JSON from a file; problems come back as diagnostics, never as exceptions.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    Task<LoadResult> LoadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Loads and validates JSON from a stream.</summary>
    /// <param name="json">UTF-8 JSON.</param>
    /// <param name="sourceName">A name to show in diagnostics, such as the file name.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    Task<LoadResult> LoadAsync(Stream json, string? sourceName = null, CancellationToken cancellationToken = default);

    /// <summary>Checks a model built in code.</summary>
    /// <param name="document">The plan or report.</param>
    IReadOnlyList<Diagnostic> Validate(PlanDocument document);

    /// <summary>Renders into a stream; nothing is written if rendering fails.</summary>
    /// <param name="document">The plan or report; it must have no validation errors.</param>
    /// <param name="format">DOCX or PDF.</param>
    /// <param name="output">A writable stream.</param>
    /// <param name="settings">Template choice for this call; null for the renderer's defaults.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    Task RenderAsync(PlanDocument document, OutputFormat format, Stream output, RenderSettings? settings = null, CancellationToken cancellationToken = default);

    /// <summary>Renders into a file, atomically: it appears complete or not at all.</summary>
    /// <param name="document">The plan or report; it must have no validation errors.</param>
    /// <param name="format">DOCX or PDF.</param>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="settings">Template choice for this call; null for the renderer's defaults.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    Task RenderToFileAsync(PlanDocument document, OutputFormat format, string path, RenderSettings? settings = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Renders one document to several formats into <paramref name="folder"/> as
    /// <c>baseName.docx</c>, <c>baseName.pdf</c> …: every format is rendered first, then all files
    /// are written, or none (a failure removes what this call wrote and restores what it replaced).
    /// </summary>
    /// <param name="document">The plan or report; it must have no validation errors.</param>
    /// <param name="formats">The formats to write.</param>
    /// <param name="folder">The output folder; created if missing.</param>
    /// <param name="baseName">The file name without extension.</param>
    /// <param name="settings">Template choice for this call; null for the renderer's defaults.</param>
    /// <param name="cancellationToken">Stops the render.</param>
    /// <returns>The paths written, in the order of <paramref name="formats"/>.</returns>
    /// <exception cref="IOException">A file cannot be written; no file was left changed.</exception>
    Task<IReadOnlyList<string>> RenderToFilesAsync(PlanDocument document, IEnumerable<OutputFormat> formats, string folder, string baseName, RenderSettings? settings = null, CancellationToken cancellationToken = default);
}
