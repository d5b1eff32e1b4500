namespace Zaozersk.Reporting;

/// <summary>The file formats the library renders.</summary>
public enum OutputFormat
{
    /// <summary>Office Open XML word-processing document (.docx), editable in Word and LibreOffice.</summary>
    Docx,

    /// <summary>Portable Document Format (.pdf), for publishing.</summary>
    Pdf,
}
