using Zaozersk.Reporting.Tests.Localization;
using Zaozersk.Reporting.Tests.Sample;
using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>
/// The import contract (issue 24): exit 0 only when the JSON validates; a document that lacks a
/// required value still gets its JSON, exits 2, and says per missing value what to fill in and where.
/// </summary>
public sealed class IncompleteImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("zr-import-incomplete-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, byte[] docx)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, docx);
        return path;
    }

    [Fact]
    public void A_plan_naming_no_organisation_writes_its_json_exits_2_and_names_the_json_path_to_fill_in()
    {
        var docx = Write("plan.docx", Create(
            P("ПЛАН мероприятий по противодействию коррупции на 2025–2027 годы"),
            T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "Заседания комиссии", "Глава", "ежеквартально"])));
        var json = Path.Combine(_folder, "plan.json");

        var (code, _, error) = SampleHostProcess.Run(["import", docx, "--out", json, "--lang", "en"]);

        Assert.Equal(2, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("error", StringComparison.Ordinal) && l.Contains("$.organisation: the organisation is empty", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(json + ": the JSON is written but does not render yet: fill in or correct the 1 value named above", StringComparison.Ordinal));
        var loaded = PlanDocumentJson.Load(File.ReadAllBytes(json));
        Assert.Equal(["1.1"], loaded.Document!.Sections.SelectMany(s => s.Items).Select(i => i.Number));
    }

    [Fact]
    public void The_exit_2_line_is_said_in_russian_too()
    {
        var docx = Write("plan.docx", Create(
            P("ПЛАН мероприятий по противодействию коррупции на 2025–2027 годы"),
            T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "Заседания комиссии", "Глава", "ежеквартально"])));

        var (code, _, error) = SampleHostProcess.Run(["import", docx, "--out", Path.Combine(_folder, "plan.json"), "--lang", "ru"]);

        Assert.Equal(2, code);
        var line = error.Split('\n').Single(l => l.Contains("JSON записан", StringComparison.Ordinal));
        Assert.Contains("путь в JSON", line, StringComparison.Ordinal);
        Assert.Empty(MessageWords.EnglishIn(line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
    }

    [Fact]
    public void A_foreign_plan_that_validates_exits_0()
    {
        using var file = new MemoryStream();
        WordWrittenPlan.Write(file, HeadingLayout.MultiLevelNumbering, headerOnEveryTable: false);
        var docx = Write("plan.docx", file.ToArray());

        var (code, _, error) = SampleHostProcess.Run(["import", docx, "--out", Path.Combine(_folder, "plan.json")]);

        Assert.True(code == 0, error);
    }
}
