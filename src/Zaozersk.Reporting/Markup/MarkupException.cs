namespace Zaozersk.Reporting.Markup;

/// <summary>
/// The markup a template produced is not valid: not well-formed XML, an element or attribute the
/// markup schema does not know, or a structure the document model cannot hold. It names the
/// template, the line and column in the produced markup, and the element.
/// </summary>
public sealed class MarkupException : ReportingException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="templateName">The template whose output this is.</param>
    /// <param name="line">1-based line in the produced markup.</param>
    /// <param name="column">1-based column in the produced markup.</param>
    /// <param name="element">The markup element concerned, if known.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="excerpt">The markup line, for context.</param>
    public MarkupException(string templateName, int line, int column, string? element, string reason, string? excerpt)
        : base(Format(templateName, line, column, element, reason, excerpt), templateName, line, column)
    {
        TemplateName = templateName;
        Element = element;
        Reason = reason;
    }

    /// <summary>The template whose output is at fault.</summary>
    public string TemplateName { get; }

    /// <summary>The element concerned, e.g. <c>cell</c>, when known.</summary>
    public string? Element { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    private static string Format(string templateName, int line, int column, string? element, string reason, string? excerpt)
    {
        var where = element is null ? string.Empty : $" <{Printable(element)}>";
        var context = string.IsNullOrWhiteSpace(excerpt) ? string.Empty : $"\n  markup: {Printable(excerpt)}";
        return FormattableString.Invariant($"{templateName}: markup({line},{column}){where}: {Printable(reason)}{context}");
    }

    /// <summary>
    /// The text with control characters (other than tab) shown as <c>\uXXXX</c>: a template can
    /// write any character, and printed raw an escape sequence would act on the user's terminal.
    /// </summary>
    private static string Printable(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
        {
            return text;
        }

        var printable = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c != '\t')
            {
                printable.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                printable.Append(c);
            }
        }

        return printable.ToString();
    }
}
