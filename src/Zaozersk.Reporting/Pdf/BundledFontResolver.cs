using PdfSharp.Fonts;
using Zaozersk.Reporting.Fonts;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Serves the bundled Liberation Serif faces to PDFsharp, and nothing from the system. PDFsharp
/// keeps one font resolver for the whole process; if the host application installed its own
/// before us, ours asks it for every family it does not know itself.
/// </summary>
internal sealed class BundledFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private static BundledFontResolver? _installed;
    private readonly IFontResolver? _previous;

    private BundledFontResolver(IFontResolver? previous) => _previous = previous;

    /// <summary>Installs the resolver once per process; later calls are free.</summary>
    public static void EnsureInstalled()
    {
        if (_installed is not null && GlobalFontSettings.FontResolver == _installed)
        {
            return;
        }

        lock (Gate)
        {
            var current = GlobalFontSettings.FontResolver;
            if (current is BundledFontResolver ours)
            {
                _installed = ours;
                return;
            }

            var resolver = new BundledFontResolver(current);
            try
            {
                GlobalFontSettings.FontResolver = resolver;
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidOperationException(Localization.Localized.Text(
                    "PDFsharp already uses another font resolver and cannot take ours; render PDFs before the application's own PDFsharp font use, or install Zaozersk.Reporting's first",
                    "PDFsharp уже использует другой источник шрифтов и не может принять источник библиотеки; формируйте PDF до того, как приложение само обратится к шрифтам PDFsharp, или подключите источник шрифтов Zaozersk.Reporting первым"), ex);
            }

            _installed = resolver;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName == BundledFonts.FamilyName
            ? new FontResolverInfo(BundledFonts.FaceName(BundledFonts.FaceOf(bold, italic)))
            : _previous?.ResolveTypeface(familyName, bold, italic);

    public byte[]? GetFont(string faceName)
    {
        foreach (var face in Enum.GetValues<FontFace>())
        {
            if (faceName == BundledFonts.FaceName(face))
            {
                return BundledFonts.Bytes(face);
            }
        }

        return _previous?.GetFont(faceName);
    }
}
