namespace Zaozersk.Reporting.Tests.Seed;

/// <summary>
/// Proves that samples/data/zaozersk-2022.json is a faithful transcription of the real 2022 report:
/// every cell of the flattened Word table, compared character for character with the JSON.
/// </summary>
public sealed class SeedFidelityTests
{
    private static readonly string SeedText = File.ReadAllText(RepositoryPaths.Combine("tests", "Zaozersk.Reporting.Tests", "Fixtures", "seed-zaozersk-2022.txt"));

    [Fact]
    public void Seed_table_has_nine_sections_and_fifty_measures_and_every_cell_is_in_a_row()
    {
        var rows = FlattenedTable.Parse(SeedText);

        Assert.Equal(9, rows.Count(r => r.IsSection));
        Assert.Equal(50, rows.Count(r => !r.IsSection));
        Assert.Equal(FlattenedTable.CountCells(SeedText), rows.Sum(r => r.Cells.Count));
    }

    [Fact]
    public void Seed_json_matches_the_seed_table_cell_by_cell()
    {
        var document = TestData.Seed;
        var expected = FlattenedTable.Parse(SeedText);
        var actual = RowsOf(document);

        var mismatches = new List<string>();
        for (var r = 0; r < Math.Max(expected.Count, actual.Count); r++)
        {
            if (r >= expected.Count || r >= actual.Count)
            {
                mismatches.Add($"row {r + 1}: only in {(r >= expected.Count ? "JSON" : "seed")}");
                continue;
            }

            var want = expected[r].IsSection ? expected[r].Cells : WithResponsibleAsEntries(expected[r].Cells);
            var got = actual[r];
            if (want.Count != got.Count)
            {
                mismatches.Add($"row {r + 1} ({want[0]}): {want.Count} cells in the seed, {got.Count} in the JSON");
                continue;
            }

            for (var c = 0; c < want.Count; c++)
            {
                if (!string.Equals(want[c], got[c], StringComparison.Ordinal))
                {
                    mismatches.Add($"row {r + 1} ({want[0]}), cell {c + 1}: {FirstDifference(want[c], got[c])}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Equal(50, document.Sections.Sum(s => s.Items.Count));
    }

    [Fact]
    public void Seed_keeps_typography_and_typos_of_the_official_record()
    {
        var json = File.ReadAllText(TestData.SeedJsonPath);

        // Guillemets, en dashes, № and the original misspellings must survive transcription.
        Assert.Contains("«О внесений изменений в состав комисси", json, StringComparison.Ordinal);
        Assert.Contains("2021 – 2024 гг.", json, StringComparison.Ordinal);
        Assert.Contains("от 27.04.2022 № 336", json, StringComparison.Ordinal);
        Assert.Contains("нормативными правовыми  актами", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_json_is_in_the_canonical_form_the_library_writes()
    {
        var document = TestData.Seed;

        Assert.Equal(File.ReadAllText(TestData.SeedJsonPath), PlanDocumentJson.Serialize(document));
    }

    /// <summary>The document as the seed's rows: section rows as «N. Title» (plus two empty cells and the note when there is one), measure rows as five cells.</summary>
    private static List<IReadOnlyList<string>> RowsOf(PlanDocument document)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var section in document.Sections)
        {
            var title = $"{section.Number}. {section.Title}";
            rows.Add(section.Note is null ? [title] : [title, string.Empty, string.Empty, section.Note]);
            foreach (var item in section.Items)
            {
                rows.Add([item.Number, item.Measure, string.Join("\n", item.Responsible), item.Deadline, item.Execution ?? string.Empty]);
            }
        }

        return rows;
    }

    /// <summary>
    /// The responsible cell as the model keeps it: one entry per non-empty line. The blank lines some
    /// cells have between units are Word paragraph spacing, not text; every character of every
    /// line is still compared.
    /// </summary>
    private static string[] WithResponsibleAsEntries(IReadOnlyList<string> cells)
    {
        var copy = cells.ToArray();
        copy[2] = string.Join("\n", copy[2].Split('\n').Where(line => line.Length > 0));
        return copy;
    }

    private static string FirstDifference(string seed, string json)
    {
        var at = 0;
        while (at < seed.Length && at < json.Length && seed[at] == json[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 30);
        string Around(string text) => Escape(text[from..Math.Min(text.Length, at + 30)]);
        return $"first difference at character {at + 1}\n  seed: …{Around(seed)}…\n  json: …{Around(json)}…";
    }

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);
}
