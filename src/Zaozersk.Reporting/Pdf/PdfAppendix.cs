namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Objects the stabiliser writes after PDFsharp's objects, numbered after them: parts of the file
/// the library writes as bytes itself. An appendix may also take over some of PDFsharp's objects
/// (a placeholder in the catalog), which are then written by it, under their own numbers, instead
/// of copied; and may give pages another parent.
/// </summary>
internal abstract class PdfAppendix
{
    /// <summary>PDFsharp's objects this appendix writes anew under the same number (their saved copies are dropped).</summary>
    public abstract IEnumerable<int> Replaced { get; }

    /// <summary>How many new objects it adds (read once it is numbered).</summary>
    public abstract int Added { get; }

    /// <summary>The page objects whose /Parent it changes, and the new parent's number (once it is numbered); null for none.</summary>
    public virtual IReadOnlyDictionary<int, int>? PageParents => null;

    /// <summary>Gives the new objects their numbers, from <paramref name="first"/> on; called before anything is written.</summary>
    public abstract void Number(int first);

    /// <summary>Writes the replaced and the new objects.</summary>
    public abstract void Write(PdfObjectWriter writer);
}
