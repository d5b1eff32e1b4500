namespace Zaozersk.Reporting;

/// <summary>
/// The markup a template produced is not valid: not well-formed XML, an element or attribute the
/// markup schema does not know, or a structure the document model cannot hold. It names the
/// template, the line and column in the produced markup, and the element; when the render can
/// tell, also the template file (an included one, if that is where it was) and the line and column
/// there of the text or statement that wrote the place:
/// <c>table-header.sbn(6,34): markup(32,34) &lt;p&gt;: the attribute 'stile' is not allowed here; did you mean 'style'?</c>
/// (in Russian, <c>разметка(32,34)</c> and the reason in Russian).
/// </summary>
public sealed class MarkupException : ReportingException
{
    private readonly string? _excerpt;
    private readonly (int Line, int Column)? _written;

    /// <summary>Creates the exception for a place known only in the produced markup.</summary>
    /// <param name="templateName">The template whose output this is.</param>
    /// <param name="line">1-based line in the produced markup.</param>
    /// <param name="column">1-based column in the produced markup.</param>
    /// <param name="element">The markup element concerned, if known.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="excerpt">The markup line, for context.</param>
    public MarkupException(string templateName, int line, int column, string? element, string reason, string? excerpt)
        : base(Format(templateName, null, line, column, element, reason, excerpt), templateName, line, column)
    {
        TemplateName = templateName;
        Element = element;
        Reason = reason;
        MarkupLine = line;
        MarkupColumn = column;
        _excerpt = excerpt;
    }

    private MarkupException(MarkupException markup, string templateName, (int Line, int Column)? written, string reason)
        : base(Format(templateName, written, markup.MarkupLine, markup.MarkupColumn, markup.Element, reason, markup._excerpt), templateName, written?.Line ?? markup.Line, written?.Column ?? markup.Column)
    {
        TemplateName = templateName;
        _written = written;
        Element = markup.Element;
        Reason = reason;
        PastBlockLimit = markup.PastBlockLimit;
        MarkupLine = markup.MarkupLine;
        MarkupColumn = markup.MarkupColumn;
        _excerpt = markup._excerpt;
    }

    /// <summary>
    /// The template at fault: the one that wrote the place when that is known (then
    /// <see cref="ReportingException.Line"/> and <see cref="ReportingException.Column"/> are in it),
    /// otherwise the one rendered (then they are the place in the produced markup).
    /// </summary>
    public string TemplateName { get; }

    /// <summary>1-based line of the place in the produced markup.</summary>
    public int MarkupLine { get; }

    /// <summary>1-based column of the place in the produced markup.</summary>
    public int MarkupColumn { get; }

    /// <summary>The element concerned, e.g. <c>cell</c>, when known.</summary>
    public string? Element { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    /// <summary>Whether the document passed the block limit (an input text may be what is too long).</summary>
    internal bool PastBlockLimit { get; init; }

    /// <summary>The same error, placed in the template text that wrote it.</summary>
    internal MarkupException WrittenAt(string templateName, int line, int column) => new(this, templateName, (line, column), Reason);

    /// <summary>The same error, its reason followed by <paramref name="addition"/>.</summary>
    internal MarkupException Adding(string addition) => new(this, TemplateName, _written, Reason + addition);

    private static string Format(string templateName, (int Line, int Column)? written, int line, int column, string? element, string reason, string? excerpt)
    {
        var template = written is { } place ? FormattableString.Invariant($"{templateName}({place.Line},{place.Column})") : templateName;
        var where = element is null ? string.Empty : $" <{Printable(element)}>";
        var markup = Localization.Localized.Text("markup", "разметка");
        var context = string.IsNullOrWhiteSpace(excerpt) ? string.Empty : $"\n  {markup}: {Printable(excerpt)}";
        return FormattableString.Invariant($"{template}: {markup}({line},{column}){where}: {Printable(reason)}{context}");
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
