using Scriban.Parsing;
using Scriban.Syntax;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// A template error the library itself finds while a template runs (a misspelt property, an include
/// of a missing template, a character a document cannot hold), already worded for the user in the
/// message language. Scriban carries it to the render like its own errors; the render passes its
/// reason on as it is, where Scriban's own messages are put into the library's words.
/// </summary>
internal sealed class TemplateFault(SourceSpan span, string reason, Exception? inner = null) : ScriptRuntimeException(span, reason, inner)
{
    /// <summary>The reason, in the message language, without the place.</summary>
    public string Reason => OriginalMessage;
}
