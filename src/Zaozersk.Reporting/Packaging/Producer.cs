namespace Zaozersk.Reporting.Packaging;

/// <summary>
/// The name and version this library writes as the producing application of every file it makes
/// (the DOCX's docProps/app.xml, the PDF's Creator and Producer). Import recognises our own DOCX
/// files by the same name, so both read it from here.
/// </summary>
internal static class Producer
{
    /// <summary>The application name: «Zaozersk.Reporting».</summary>
    public const string Name = "Zaozersk.Reporting";

    /// <summary>The library's version as three numbers: «0.2.0».</summary>
    public static string Version { get; } = typeof(Producer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The name followed by the version: «Zaozersk.Reporting 0.2.0».</summary>
    public static string NameAndVersion { get; } = Name + " " + Version;
}
