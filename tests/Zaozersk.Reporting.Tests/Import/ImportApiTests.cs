using Zaozersk.Reporting.Import;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>The import's public surface stays small: the importer, its result and the report skeleton.</summary>
public sealed class ImportApiTests
{
    [Fact]
    public void Only_the_importer_its_result_and_the_skeleton_are_public()
    {
        var types = typeof(IDocumentImporter).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(IDocumentImporter).Namespace)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["DocumentImporter", "IDocumentImporter", "ImportResult", "ReportSkeleton"], types);
    }

    [Fact]
    public void Import_codes_are_in_the_zr02_range_and_distinct()
    {
        var codes = typeof(Diagnostics.DiagnosticCodes).GetFields()
            .Select(f => (string)f.GetValue(null)!)
            .ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(9, codes.Count(c => c.StartsWith("ZR02", StringComparison.Ordinal)));
    }
}
