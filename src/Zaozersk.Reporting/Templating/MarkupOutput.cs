using Scriban.Runtime;
using Zaozersk.Reporting.Markup;

namespace Zaozersk.Reporting.Templating;

/// <summary>
/// Where a template writes: straight into <see cref="MarkupText"/>, which the markup reader then
/// reads in place. Scriban's own string output would be turned into one string at the end of the
/// render (a copy of the whole markup) and then cleared.
/// </summary>
internal sealed class MarkupOutput : IScriptOutput
{
    /// <summary>Everything written so far.</summary>
    public MarkupText Text { get; } = new(new System.Text.StringBuilder());

    /// <inheritdoc/>
    public void Write(string text, int offset, int count) => Text.Append(text, offset, count);

    /// <inheritdoc/>
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Text.Append(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
