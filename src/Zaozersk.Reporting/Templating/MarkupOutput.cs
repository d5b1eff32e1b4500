using Scriban.Runtime;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// Where a template writes: straight into a markup sink (the whole text, or the pipe to the reader),
/// which the markup reader reads in place. Scriban's own string output would be turned into one
/// string at the end of the render (a copy of the whole markup) and then cleared.
/// </summary>
internal sealed class MarkupOutput(IMarkupSink sink) : IScriptOutput
{
    /// <inheritdoc/>
    public void Write(string text, int offset, int count) => sink.Append(text, offset, count);

    /// <inheritdoc/>
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        sink.Append(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
