using Zaozersk.Reporting.Model.Json;

namespace Zaozersk.Reporting.Benchmarks;

/// <summary>The seed report, and the seed's sections repeated to a given number of measures.</summary>
internal static class SeedInput
{
    public static PlanDocument Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "samples", "data", "zaozersk-2022.json");
            if (File.Exists(path))
            {
                var result = PlanDocumentJson.LoadFileAsync(path).GetAwaiter().GetResult();
                return result.Document ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            }
        }

        throw new FileNotFoundException("samples/data/zaozersk-2022.json not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The seed's sections repeated, renumbered, until the report has <paramref name="measures"/> measures.</summary>
    public static PlanDocument Repeated(PlanDocument seed, int measures)
    {
        var sections = new List<PlanSection>();
        var count = 0;
        while (count < measures)
        {
            foreach (var section in seed.Sections)
            {
                if (count >= measures)
                {
                    break;
                }

                var number = (sections.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var items = section.Items.Take(measures - count)
                    .Select((item, i) => item with { Number = number + "." + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })
                    .ToArray();
                sections.Add(section with { Number = number, Items = items });
                count += items.Length;
            }
        }

        return seed with { Sections = sections };
    }

    /// <summary>The JSON file of a report of <paramref name="measures"/> measures, as UTF-8 bytes.</summary>
    public static byte[] Json(int measures)
    {
        // Serialised into a stream, which is written as the text grows: serialising into one
        // string grows a buffer from the shared array pool to the size of the whole text (64 MB
        // for 20,000 measures), which the pool keeps for the life of the process, where the
        // memory benchmark would count it against the render.
        using var stream = new MemoryStream();
        System.Text.Json.JsonSerializer.SerializeAsync(stream, Repeated(Load(), measures), PlanJsonContext.Readable.PlanDocument).GetAwaiter().GetResult();
        return stream.ToArray();
    }
}
