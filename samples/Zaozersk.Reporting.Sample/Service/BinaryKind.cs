namespace Zaozersk.Reporting.Sample.Service;

/// <summary>A document sent where JSON is read, told by its first bytes, so the answer can say what it is and where it goes.</summary>
internal enum BinaryKind
{
    /// <summary>A ZIP archive: a Word document (.docx) or another.</summary>
    Zip,

    /// <summary>A PDF document.</summary>
    Pdf,

    /// <summary>A Word 97–2003 document (.doc), an OLE compound file.</summary>
    OldWord,
}
