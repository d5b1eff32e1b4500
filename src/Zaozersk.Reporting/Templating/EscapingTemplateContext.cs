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
                    throw new ScriptRuntimeException(span, ex.Message);
                }

                return this;
        }
    }
}
