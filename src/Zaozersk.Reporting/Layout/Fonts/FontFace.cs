namespace Zaozersk.Reporting.Layout.Fonts;

/// <summary>The four faces of the bundled serif family.</summary>
internal enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}
