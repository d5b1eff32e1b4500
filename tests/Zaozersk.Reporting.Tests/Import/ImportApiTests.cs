namespace Zaozersk.Reporting.Tests.Import;

/// <summary>The import's public surface stays small: the importer, its result and the report skeleton, in the one public namespace.</summary>
public sealed class ImportApiTests
{
    [Fact]
    public void Only_the_importer_its_result_and_the_skeleton_are_public()
    {
        var internalImport = typeof(IDocumentImporter).Assembly.GetTypes()
            .Where(t => t.Namespace == "Zaozersk.Reporting.Import" && t.IsPublic)
            .Select(t => t.Name);
        var publicImport = new[] { typeof(DocumentImporter), typeof(IDocumentImporter), typeof(ImportResult), typeof(ReportSkeleton) };

        Assert.Empty(internalImport);
        Assert.All(publicImport, t => Assert.True(t.IsPublic && t.Namespace == "Zaozersk.Reporting", t.FullName));
    }

    [Fact]
    public void Import_codes_are_in_the_zr02_range_and_distinct()
    {
        var codes = typeof(DiagnosticCodes).GetFields()
            .Select(f => (string)f.GetValue(null)!)
            .ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(11, codes.Count(c => c.StartsWith("ZR02", StringComparison.Ordinal)));
    }
}
