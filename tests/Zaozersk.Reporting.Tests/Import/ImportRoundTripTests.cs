using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>Render to DOCX, import, and get the same JSON back, field for field (see <see cref="RoundTripNormalisation"/>).</summary>
public sealed class ImportRoundTripTests
{
    [Fact]
    public async Task The_seed_report_rendered_to_docx_imports_to_the_same_json()
    {
        var seed = TestData.Seed;

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

    [Fact]
    public async Task A_document_of_this_library_keeps_its_organisation_and_date_even_when_the_title_does_not_name_them()
    {
        var plan = FixtureCorpus.Get("plan-flat-numbering").Document with { PlanSubject = "мероприятий по противодействию коррупции", Organisation = "Совет депутатов Печенгского муниципального округа" };

        var imported = await RenderAndImport(plan);

        Assert.Equal((plan.Organisation, "14.01.2025"), (imported.Document!.Organisation, imported.Document.Date));
        Assert.Equal(PlanDocumentJson.Serialize(RoundTripNormalisation.Expected(plan)), PlanDocumentJson.Serialize(imported.Document));
    }

    [Fact]
    public async Task The_imported_seed_renders_back_to_the_same_docx_bytes()
    {
        var seed = TestData.Seed;
        var renderer = new DocumentRenderer();

        var imported = await RenderAndImport(seed);

        Assert.Equal(await Docx(renderer, seed), await Docx(renderer, imported.Document!));
    }

    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public async Task The_seed_docx_opened_and_saved_again_by_libreoffice_imports_to_the_same_json()
    {
        var seed = TestData.Seed;
        using var folder = new TempFolder("zr-import-resave-");
        var original = Path.Combine(folder, "original", "seed.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(original)!);
        await File.WriteAllBytesAsync(original, await Docx(new DocumentRenderer(), seed));
        var (code, output, error) = Interop.ExternalTools.Run("soffice", ["-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, original]);
        Assert.True(code == 0, output + error);
        var resaved = Path.Combine(folder, "seed.docx");
        Assert.NotEqual(await File.ReadAllBytesAsync(original), await File.ReadAllBytesAsync(resaved));

        var imported = await new DocumentImporter().ImportAsync(resaved);

        Assert.Equal(PlanDocumentJson.Serialize(RoundTripNormalisation.Expected(seed)), PlanDocumentJson.Serialize(imported.Document!));
    }

    private static async Task<byte[]> Docx(DocumentRenderer renderer, PlanDocument document)
    {
        using var docx = new MemoryStream();
        await renderer.RenderAsync(document, OutputFormat.Docx, docx);
        return docx.ToArray();
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
