using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// A template context that escapes every value a template writes, except <see cref="MarkupString"/>s.
/// Scriban has no auto-escaping; this is where data is kept from ever becoming markup.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    // Scriban passes the enclosing block's span to Write; remember the statement that produced the value.
    private SourceSpan? _statementSpan;

    /// <summary>The expression statement evaluated last, whose value is what is being written.</summary>
    internal SourceSpan? StatementSpan => _statementSpan;

    /// <summary>
    /// Whether <c>include</c> renders straight into the current output instead of returning its
    /// text: only for finding which template wrote a place of the markup (see <see cref="MarkupTracer"/>).
    /// </summary>
    internal bool IncludesInPlace { get; init; }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is not ScriptExpressionStatement)
        {
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }

        // Set again afterwards: the enclosing block writes this statement's value once it is
        // evaluated, and a function it called may have evaluated statements of its own meanwhile.
        _statementSpan = scriptNode.Span;
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        _statementSpan = scriptNode.Span;
        return value;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case MarkupString markup:
                Write(markup.Markup);
                return this;
            default:
                var text = ObjectToString(textAsObject);
                if (text is null)
                {
                    return this;
                }

                try
                {
                    Write(MarkupEscaper.Escape(text));
                }
                catch (ArgumentException ex)
                {
                    throw new TemplateFault(_statementSpan ?? span, ex.Message, ex);
                }

                return this;
        }
    }
}
