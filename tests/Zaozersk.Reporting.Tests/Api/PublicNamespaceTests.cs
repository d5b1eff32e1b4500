using Microsoft.Extensions.DependencyInjection;

namespace Zaozersk.Reporting.Tests.Api;

/// <summary>
/// A user needs <c>using Zaozersk.Reporting;</c> for everything public, and the DI extension sits in
/// the namespace every <c>Add…</c> extension uses. The shipped public API file lists the members.
/// </summary>
public sealed class PublicNamespaceTests
{
    [Fact]
    public void Every_public_type_is_in_the_one_namespace_or_the_DI_one()
    {
        var byNamespace = typeof(DocumentRenderer).Assembly.GetExportedTypes()
            .GroupBy(t => t.Namespace!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        Assert.Equal(["Microsoft.Extensions.DependencyInjection", "Zaozersk.Reporting"], byNamespace.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([nameof(ReportingServiceCollectionExtensions)], byNamespace["Microsoft.Extensions.DependencyInjection"]);
        Assert.Contains(nameof(PlanDocument), byNamespace["Zaozersk.Reporting"]);
        Assert.Contains(nameof(IDocumentImporter), byNamespace["Zaozersk.Reporting"]);
    }
}
