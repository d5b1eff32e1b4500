using Scriban.Syntax;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// Finds which template text wrote a given place of the markup: the render is repeated with this
/// as its output and includes rendered in place, and the piece of output that reaches the place is
/// matched to the raw text or the statement that wrote it. The repeat is checked against the markup
/// first produced, character by character; if they part, no place is claimed.
/// </summary>
internal sealed class MarkupTracer(TextReader produced, int line, int column) : IMarkupSink
{
    private EscapingTemplateContext? _context;
    private int _line = 1;
    private int _column = 1;
    private bool _afterCarriageReturn;

    /// <summary>Where the place was written, once found.</summary>
    public TemplatePlace? Origin { get; private set; }

    /// <summary>The render being traced, whose current statement is asked at each piece.</summary>
    public void Attach(EscapingTemplateContext context) => _context = context;

    /// <inheritdoc/>
    public void Append(string text, int offset, int count)
    {
        for (var i = offset; i < offset + count; i++)
        {
            var c = text[i];
            if (produced.Read() != c)
            {
                Stop();
            }

            if (_line == line && _column == column)
            {
                Origin = Locate(text, i);
                Stop();
            }

            Advance(c);
        }
    }

    /// <summary>Ends the trace: the place is found, or the repeat differs from the markup.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Stop()
    {
        throw new TraceOver();
    }

    /// <summary>Counts lines as the XML reader does: a line break is LF, CR or CR LF.</summary>
    private void Advance(char c)
    {
        if (c == '\n' && _afterCarriageReturn)
        {
            _afterCarriageReturn = false;
            return;
        }

        _afterCarriageReturn = c == '\r';
        if (c is '\n' or '\r')
        {
            (_line, _column) = (_line + 1, 1);
        }
        else
        {
            _column++;
        }
    }

    private TemplatePlace? Locate(string text, int index)
    {
        var context = _context!;

        // Raw text is written as a slice of its template's whole text: the place is exact.
        if (context.CurrentNode is ScriptRawStatement raw && index >= raw.Span.Start.Offset && index <= raw.Span.End.Offset && raw.Span.End.Offset < text.Length)
        {
            var (placeLine, placeColumn) = (raw.Span.Start.Line, raw.Span.Start.Column);
            for (var i = raw.Span.Start.Offset; i < index; i++)
            {
                (placeLine, placeColumn) = text[i] == '\n' ? (placeLine + 1, 0) : (placeLine, placeColumn + 1);
            }

            return Place(raw.Span.FileName, placeLine, placeColumn);
        }

        // Anything else is a value: the statement that wrote it.
        return context.StatementSpan is { } span ? Place(span.FileName, span.Start.Line, span.Start.Column) : null;
    }

    private static TemplatePlace? Place(string? fileName, int zeroBasedLine, int zeroBasedColumn) =>
        string.IsNullOrEmpty(fileName) ? null : new TemplatePlace(Path.GetFileName(fileName), zeroBasedLine + 1, zeroBasedColumn + 1);

    /// <summary>Ends the repeated render as soon as the answer is known.</summary>
    private sealed class TraceOver() : Exception("the place in the markup is traced");
}
