namespace Zaozersk.Reporting;

/// <summary>
/// The document cannot be laid out as a PDF: a character the bundled fonts do not have, or an
/// element that cannot be placed at all. The message says what and where in the document.
/// </summary>
public sealed class LayoutException : ReportingException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="location">Where in the document, e.g. "table 1, row 12, cell 5".</param>
    /// <param name="reason">What is wrong.</param>
    public LayoutException(string location, string reason)
        : base($"{location}: {reason}", sourceName: null, line: 0, column: 0)
    {
        Location = location;
        Reason = reason;
    }

    /// <summary>Where in the document the problem is.</summary>
    public string Location { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
