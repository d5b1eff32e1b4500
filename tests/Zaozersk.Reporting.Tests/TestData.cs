using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.Docx;

namespace Zaozersk.Reporting.Tests;

/// <summary>
/// The real data the tests share: the seed report (samples/data/zaozersk-2022.json, the real 2022
/// report of Zaozersk), loaded and validated once, and what is made of it.
/// </summary>
internal static class TestData
{
    private static readonly Lazy<PlanDocument> SeedDocument = new(LoadSeed);

    /// <summary>The seed report's JSON file.</summary>
    public static string SeedJsonPath => RepositoryPaths.Combine("samples", "data", "zaozersk-2022.json");

    /// <summary>The seed report, loaded once: the model is immutable, so tests share it and change copies of it (<c>with</c>).</summary>
    public static PlanDocument Seed => SeedDocument.Value;

    /// <summary>The seed report rendered to DOCX by the built-in template, made afresh on each call (byte-stability tests compare two).</summary>
    public static byte[] SeedReportDocx() => DocxWriter.Write(DocumentComposer.Compose(Seed)).ToArray();

    private static PlanDocument LoadSeed()
    {
        var result = PlanDocumentJson.LoadFileAsync(SeedJsonPath).GetAwaiter().GetResult();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }
}
