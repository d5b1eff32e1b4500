using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Interop;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>
/// Our DOCX opened and saved again by a word processor (LibreOffice: DOCX → DOCX, and DOCX → ODT →
/// DOCX, as a user who edits in Writer does) imports to the same JSON as our DOCX itself (issue 24).
/// </summary>
public sealed class WordProcessorRoundTripTests
{
    public static TheoryData<string, bool> Documents
    {
        get
        {
            var data = new TheoryData<string, bool>();
            foreach (var name in FixtureCorpus.All.Select(f => f.Name).Prepend("seed"))
            {
                data.Add(name, false);
                data.Add(name, true);
            }

            return data;
        }
    }

    [Theory]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    [MemberData(nameof(Documents))]
    public async Task Our_docx_saved_again_by_libreoffice_imports_to_the_same_json(string name, bool throughOdt)
    {
        var document = name == "seed" ? TestData.Seed : FixtureCorpus.Get(name).Document;
        using var folder = new TempFolder("zr-resave-");
        var ours = Path.Combine(folder, "ours", "plan.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(ours)!);
        using (var docx = new MemoryStream())
        {
            await new DocumentRenderer().RenderAsync(document, OutputFormat.Docx, docx);
            await File.WriteAllBytesAsync(ours, docx.ToArray());
        }

        var resaved = throughOdt ? Convert(Convert(ours, folder, "odt", "odt"), Path.Combine(folder, "back"), "docx:MS Word 2007 XML", "docx") : Convert(ours, folder, "docx:MS Word 2007 XML", "docx");

        var original = await new DocumentImporter().ImportAsync(ours);
        var again = await new DocumentImporter().ImportAsync(resaved);

        Assert.Equal(PlanDocumentJson.Serialize(original.Document!), PlanDocumentJson.Serialize(again.Document!));
        Assert.Equal(original.Diagnostics.Select(d => (d.Code, d.Path, d.Message)), again.Diagnostics.Select(d => (d.Code, d.Path, d.Message)));
    }

    /// <summary>
    /// Only the application name tells a file this library wrote, and a word processor that saves the
    /// file writes its own. The author it keeps is then trusted only where the title names it: an
    /// author the title does not name may be a person («user»), so the organisation is derived from
    /// the title with the warning to check it (ZR0207), and the creation date is no longer the document's.
    /// That is the contract for every foreign file, and a re-saved file is one.
    /// </summary>
    [Fact]
    [Trait(TestTraits.Speed, TestTraits.Slow)]
    public async Task An_author_the_title_does_not_name_is_not_trusted_once_another_program_saved_the_file()
    {
        var plan = FixtureCorpus.Get("plan-flat-numbering").Document with
        {
            Organisation = "Совет депутатов Печенгского муниципального округа",
            PlanSubject = "мероприятий по противодействию коррупции в администрации Печенгского муниципального округа",
        };
        using var folder = new TempFolder("zr-resave-");
        var ours = Path.Combine(folder, "ours", "plan.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(ours)!);
        using (var docx = new MemoryStream())
        {
            await new DocumentRenderer().RenderAsync(plan, OutputFormat.Docx, docx);
            await File.WriteAllBytesAsync(ours, docx.ToArray());
        }

        var original = await new DocumentImporter().ImportAsync(ours);
        var again = await new DocumentImporter().ImportAsync(Convert(ours, folder, "docx:MS Word 2007 XML", "docx"));

        Assert.Equal((plan.Organisation, "14.01.2025"), (original.Document!.Organisation, original.Document.Date));
        Assert.Equal(
            PlanDocumentJson.Serialize(original.Document with { Organisation = "Администрация Печенгского муниципального округа", Date = null }),
            PlanDocumentJson.Serialize(again.Document!));
        var extra = Assert.Single(again.Diagnostics, d => !original.Diagnostics.Any(o => (o.Code, o.Path, o.Message) == (d.Code, d.Path, d.Message)));
        Assert.Equal((DiagnosticCodes.OrganisationDerived, DiagnosticSeverity.Warning, "title"), (extra.Code, extra.Severity, extra.Path));
        Assert.Contains("«Администрация Печенгского муниципального округа»", extra.Message, StringComparison.Ordinal);
        Assert.Equal(original.Diagnostics.Count + 1, again.Diagnostics.Count);
    }

    private static string Convert(string input, string folder, string filter, string extension)
    {
        Directory.CreateDirectory(folder);
        var profile = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(input)!)!, "profile");
        var (code, output, error) = ExternalTools.Run("soffice", ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", filter, "--outdir", folder, input]);
        var result = Path.Combine(folder, Path.ChangeExtension(Path.GetFileName(input), extension));
        Assert.True(code == 0 && File.Exists(result), output + error);
        return result;
    }
}
