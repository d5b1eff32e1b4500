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

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptExpressionStatement)
        {
            _statementSpan = scriptNode.Span;
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
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
                    throw new ScriptRuntimeException(_statementSpan ?? span, ex.Message);
                }

                return this;
        }
    }
}
