namespace Zaozersk.Reporting.Templating;

/// <summary>
/// Markup that a helper built on purpose (or an included template rendered): written to the
/// output as it is. Every other value a template writes is escaped.
/// </summary>
internal sealed record MarkupString(string Markup)
{
    public static readonly MarkupString Empty = new(string.Empty);

    public override string ToString() => Markup;
}
