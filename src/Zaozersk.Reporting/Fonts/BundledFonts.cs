namespace Zaozersk.Reporting.Fonts;

/// <summary>
/// Liberation Serif, embedded in the assembly (SIL OFL 1.1): metric-compatible with Times New
/// Roman, so the PDF breaks lines where Word and LibreOffice do with the DOCX.
/// </summary>
internal static class BundledFonts
{
    /// <summary>The family name the PDF side uses; unique, so no other font resolver can claim it.</summary>
    public const string FamilyName = "Zaozersk Liberation Serif";

    private static readonly Lazy<byte[]>[] Files = [.. Enum.GetValues<FontFace>().Select(face => new Lazy<byte[]>(() => Load(face)))];
    private static readonly Lazy<TrueTypeMetrics>[] MetricsByFace = [.. Enum.GetValues<FontFace>().Select(face => new Lazy<TrueTypeMetrics>(() => TrueTypeMetrics.Read(Bytes(face))))];

    public static byte[] Bytes(FontFace face) => Files[(int)face].Value;

    public static TrueTypeMetrics Metrics(FontFace face) => MetricsByFace[(int)face].Value;

    public static FontFace FaceOf(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => FontFace.BoldItalic,
        (true, false) => FontFace.Bold,
        (false, true) => FontFace.Italic,
        _ => FontFace.Regular,
    };

    /// <summary>The PDF face name of <paramref name="face"/> as the font resolver knows it.</summary>
    public static string FaceName(FontFace face) => "LiberationSerif-" + face;

    private static byte[] Load(FontFace face)
    {
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream($"Zaozersk.Reporting.Fonts.LiberationSerif-{face}.ttf")
            ?? throw new InvalidOperationException($"bundled font LiberationSerif-{face}.ttf is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
