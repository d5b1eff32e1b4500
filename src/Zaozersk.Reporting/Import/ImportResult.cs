namespace Zaozersk.Reporting;

/// <summary>The outcome of importing a Word document: the plan or report read from it, and every diagnostic.</summary>
public sealed class ImportResult
{
    internal ImportResult(PlanDocument? document, IReadOnlyList<Diagnostic> diagnostics)
    {
        Document = document;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// The plan or report, or null when nothing could be imported (not a DOCX, a damaged file, no
    /// plan table). It is present even when validation found errors in it, so they can be fixed in the JSON.
    /// </summary>
    public PlanDocument? Document { get; }

    /// <summary>
    /// The import's findings (<c>ZR02xx</c>, each naming its place: «paragraph 4», «table 2, row 7,
    /// column 3»: text that maps to no field is reported here, never dropped silently), then the
    /// validator's findings on the imported document, with the row they concern. Places and messages
    /// are in the message language (<see cref="ReportingOptions.Language"/>: «абзац 4», «таблица 2,
    /// строка 7, столбец 3» in Russian); the codes are the same in every language.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
