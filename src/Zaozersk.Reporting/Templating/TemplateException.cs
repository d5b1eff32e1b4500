namespace Zaozersk.Reporting;

/// <summary>
/// A template cannot be used: a syntax error, an undefined variable, a runtime error, a limit
/// reached or a missing template. The message starts with <c>name.sbn(line,col)</c>.
/// </summary>
public sealed class TemplateException : ReportingException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="templateName">File name of the template, e.g. <c>report.sbn</c>.</param>
    /// <param name="line">1-based line, or 0 when unknown.</param>
    /// <param name="column">1-based column, or 0 when unknown.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public TemplateException(string templateName, int line, int column, string reason, Exception? inner = null)
        : base(line > 0 ? FormattableString.Invariant($"{templateName}({line},{column}): {reason}") : $"{templateName}: {reason}", templateName, line, column, inner)
    {
        TemplateName = templateName;
        Reason = reason;
    }

    /// <summary>File name of the template at fault.</summary>
    public string TemplateName { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }
}
