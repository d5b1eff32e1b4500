using System.Xml;
using System.Xml.Schema;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// The markup's XML reader, set up (no DTD, no resolver, the schema checked as each element is
/// met, the limits on depth and blocks), and its errors translated into located
/// <see cref="MarkupException"/>s that name the template, the place and the line.
/// </summary>
internal sealed class MarkupErrors(string templateName, IMarkupSource markup)
{
    private readonly string _templateName = templateName;
    private readonly IMarkupSource _markup = markup;

    /// <summary>
    /// A validating, limited XML reader of the markup. Schema warnings (such as an element the
    /// schema does not declare at all) are errors here; the breach is worded while the validating
    /// reader still stands on the node at fault.
    /// </summary>
    public LimitedXmlReader Open(MarkupLimits limits)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = MarkupSchema.Set,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        LimitedXmlReader? limited = null;
        settings.ValidationEventHandler += (sender, e) =>
        {
            var (element, reason) = SchemaErrorWording.Describe(sender as XmlReader, e.Message, limited?.OpenElement);
            throw At(e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0, element, reason);
        };
        limited = new LimitedXmlReader(XmlReader.Create(_markup.OpenReader(), settings), limits, (line, column, element, reason, pastBlockLimit) => new MarkupException(_templateName, line, column, element, reason, excerpt: null) { PastBlockLimit = pastBlockLimit });
        return limited;
    }

    /// <summary>The XML reader's own error, in our words.</summary>
    public MarkupException From(XmlException ex) => At(ex.LineNumber, ex.LinePosition, null, XmlErrorWording.Describe(ex));

    /// <summary>An error at <paramref name="element"/>.</summary>
    public MarkupException At(MarkupElement element, string reason) => At(element.Line, element.Column, element.Name, reason);

    /// <summary>An error at a place of the markup, quoting its line.</summary>
    public MarkupException At(int line, int column, string? element, string reason)
    {
        // The XML reader gives no position for what it finds missing only at the end (no root
        // element in an empty output, an unclosed element): the end of the markup is the place.
        var (text, lineCount) = _markup.FindLine(line);
        if (line <= 0)
        {
            (line, column) = (lineCount, (text?.Length ?? 0) + 1);
        }

        var excerpt = text?.Trim();
        if (excerpt is { Length: > 160 })
        {
            var start = Math.Clamp(column - 80, 0, excerpt.Length - 160);
            excerpt = string.Concat("…", excerpt.AsSpan(start, 160), "…");
        }

        return new MarkupException(_templateName, line, column, element, reason, excerpt);
    }
}
