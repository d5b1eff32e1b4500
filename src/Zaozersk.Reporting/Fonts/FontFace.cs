namespace Zaozersk.Reporting.Fonts;

/// <summary>The four faces of the bundled serif family.</summary>
internal enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}
