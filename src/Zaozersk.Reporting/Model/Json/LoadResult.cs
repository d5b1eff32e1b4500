namespace Zaozersk.Reporting;

/// <summary>The outcome of loading a plan or report from JSON: the model, if it could be read, and every diagnostic.</summary>
public sealed class LoadResult
{
    internal LoadResult(PlanDocument? document, IReadOnlyList<Diagnostic> diagnostics)
    {
        Document = document;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// The model, or null when the JSON could not be read at all. It is present (with
    /// <see cref="HasErrors"/> true) when the JSON was readable but its content failed validation.
    /// </summary>
    public PlanDocument? Document { get; }

    /// <summary>Every problem found, in file order for structural ones, errors and warnings alike.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error: the document must not be rendered as it is.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
