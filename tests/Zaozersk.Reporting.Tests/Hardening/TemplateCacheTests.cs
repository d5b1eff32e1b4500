using Zaozersk.Reporting.Templating;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>
/// Found by the fuzz run (#12): every template text ever rendered stayed parsed in memory, so a
/// long-running host whose templates are edited or generated grew without end.
/// </summary>
public sealed class TemplateCacheTests
{
    [Fact]
    public void Parsed_templates_are_kept_only_up_to_a_bound()
    {
        for (var i = 0; i < TemplateRenderer.MaxCachedTemplates * 3; i++)
        {
            TemplateRenderer.Parse("generated.sbn", $"<document>{i}</document>");
        }

        Assert.InRange(TemplateRenderer.CachedTemplates, 1, TemplateRenderer.MaxCachedTemplates);
    }

    [Fact]
    public void A_cached_template_is_parsed_once()
    {
        var first = TemplateRenderer.Parse("same.sbn", "<document>тот же</document>");

        Assert.Same(first, TemplateRenderer.Parse("same.sbn", "<document>тот же</document>"));
    }
}
