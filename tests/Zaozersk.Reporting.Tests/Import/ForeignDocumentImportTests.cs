namespace Zaozersk.Reporting.Tests.Import;

/// <summary>Word files this project did not write (LibreOffice, the Open XML SDK) import completely, and what they hold beyond the model is reported.</summary>
public sealed class ForeignDocumentImportTests
{
    private static string Fixture(string name) => RepositoryPaths.Combine("tests", "Zaozersk.Reporting.Tests", "Import", "Fixtures", name);

    [Theory]
    [InlineData("libreoffice-report")]
    [InlineData("libreoffice-plan")]
    public async Task A_libreoffice_document_imports_to_its_reviewed_json(string name)
    {
        var imported = await new DocumentImporter().ImportAsync(Fixture(name + ".docx"));

        Assert.Equal(File.ReadAllText(Fixture(name + ".expected.json")), PlanDocumentJson.Serialize(imported.Document!));
        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task The_libreoffice_report_reports_its_appendix_line_and_the_ambiguous_section_row_by_place()
    {
        var imported = await new DocumentImporter().ImportAsync(Fixture("libreoffice-report.docx"));

        var importWarnings = imported.Diagnostics.Where(d => d.Code.StartsWith("ZR02", StringComparison.Ordinal)).Select(d => (d.Code, d.Path)).ToList();
        Assert.Equal(
            [
                (DiagnosticCodes.TextNotImported, "paragraph 1"),
                (DiagnosticCodes.RowReadAsSection, "table 1, row 5"),
                (DiagnosticCodes.OrganisationDerived, "title"),
            ],
            importWarnings);
        Assert.Contains("«Приложение № 2»", imported.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_written_with_the_open_xml_sdk_in_another_layout_imports_every_field()
    {
        var path = SdkForeignReport.FixturePath;
        if (Environment.GetEnvironmentVariable("ZR_WRITE_IMPORT_FIXTURES") == "1")
        {
            SdkForeignReport.Write(path);
        }

        var imported = await new DocumentImporter().ImportAsync(path);

        Assert.Equal(PlanDocumentJson.Serialize(SdkForeignReport.Expected), PlanDocumentJson.Serialize(imported.Document!));
        Assert.Equal([DiagnosticCodes.OrganisationDerived], imported.Diagnostics.Where(d => d.Code.StartsWith("ZR02", StringComparison.Ordinal)).Select(d => d.Code));
    }

    [Fact]
    public async Task The_committed_sdk_fixture_is_what_its_generator_writes()
    {
        using var folder = new TempFolder("zr-import-sdk-");
        var fresh = folder.Combine("sdk-report.docx");
        SdkForeignReport.Write(fresh);

        var committed = await new DocumentImporter().ImportAsync(SdkForeignReport.FixturePath);
        var generated = await new DocumentImporter().ImportAsync(fresh);

        Assert.Equal(PlanDocumentJson.Serialize(generated.Document!), PlanDocumentJson.Serialize(committed.Document!));
        Directory.Delete(Path.GetDirectoryName(fresh)!, recursive: true);
    }
}
