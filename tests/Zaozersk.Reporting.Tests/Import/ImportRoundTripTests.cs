using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Json;
using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>Render to DOCX, import, and get the same JSON back, field for field (see <see cref="RoundTripNormalisation"/>).</summary>
public sealed class ImportRoundTripTests
{
    [Fact]
    public async Task The_seed_report_rendered_to_docx_imports_to_the_same_json()
    {
        var seed = SeedFidelityTests.LoadSeedDocument();

        var imported = await RenderAndImport(seed);

        Assert.Equal(PlanDocumentJson.Serialize(RoundTripNormalisation.Expected(seed)), PlanDocumentJson.Serialize(imported.Document!));
        Assert.Equal((9, 50), (imported.Document!.Sections.Count, imported.Document.Sections.Sum(s => s.Items.Count)));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code.StartsWith("ZR02", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(FixtureCorpus.Names), MemberType = typeof(FixtureCorpus))]
    public async Task Every_fixture_rendered_to_docx_imports_to_the_same_json(string name)
    {
        var fixture = FixtureCorpus.Get(name).Document;

        var imported = await RenderAndImport(fixture);

        Assert.Equal(PlanDocumentJson.Serialize(RoundTripNormalisation.Expected(fixture)), PlanDocumentJson.Serialize(imported.Document!));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code.StartsWith("ZR02", StringComparison.Ordinal));
    }

    internal static async Task<ImportResult> RenderAndImport(PlanDocument document)
    {
        using var docx = new MemoryStream();
        await new DocumentRenderer().RenderAsync(document, OutputFormat.Docx, docx);
        docx.Position = 0;
        var imported = await new DocumentImporter().ImportAsync(docx, "rendered.docx");
        Assert.NotNull(imported.Document);
        return imported;
    }
}
