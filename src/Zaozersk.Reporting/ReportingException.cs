namespace Zaozersk.Reporting;

/// <summary>
/// A document could not be produced because of its input, its template, the markup the template
/// wrote or the page layout. One type for hosts to catch: the message is one or two lines naming
/// the file and the place, fit to show a user as it is.
/// </summary>
public abstract class ReportingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The whole message, place included.</param>
    /// <param name="sourceName">The file at fault (a template or an input file), or null when the place is not in a file.</param>
    /// <param name="line">1-based line in <paramref name="sourceName"/>, or 0 when unknown.</param>
    /// <param name="column">1-based column in <paramref name="sourceName"/>, or 0 when unknown.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    protected ReportingException(string message, string? sourceName, int line, int column, Exception? innerException = null)
        : base(message, innerException)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
    }

    /// <summary>The file at fault: a template such as <c>report.sbn</c> or an input file; null when the place is not in a file.</summary>
    public string? SourceName { get; }

    /// <summary>1-based line in <see cref="SourceName"/>, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column in <see cref="SourceName"/>, or 0 when unknown.</summary>
    public int Column { get; }
}
