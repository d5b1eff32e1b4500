using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Adds link annotations. A link wrapped over several lines needs one clickable rectangle per
/// line; every one of them points to a single shared URI action object, so an address is written
/// once however many lines (or pages) it spans, and the PDF grows linearly with the text.
/// <paramref name="printable"/> sets the print flag PDF/A requires on every annotation.
/// </summary>
internal sealed class PdfLinkWriter(PdfDocument document, bool printable)
{
    // Keyed by the link object itself: all pieces of one hyperlink share it, and hashing a very long address for every line would cost its length each time.
    private readonly Dictionary<Uri, PdfDictionary> _actions = new(ReferenceEqualityComparer.Instance);

    /// <summary>Makes <paramref name="area"/> of <paramref name="page"/> open <paramref name="target"/>.</summary>
    public PdfLinkAnnotation Add(PdfPage page, PdfRectangle area, Uri target)
    {
        if (!_actions.TryGetValue(target, out var action))
        {
            action = new PdfDictionary(document);
            action.Elements.SetName("/S", "/URI");
            action.Elements.SetString("/URI", PdfUriEncoder.Encode(target));
            document.Internals.AddObject(action);
            _actions[target] = action;
        }

        var annotation = new PdfLinkAnnotation(document) { Rectangle = area };
        annotation.Elements["/A"] = action.Reference;
        if (printable)
        {
            annotation.Elements.SetInteger("/F", (int)PdfAnnotationFlags.Print);
        }

        page.Annotations.Add(annotation);
        return annotation;
    }
}
