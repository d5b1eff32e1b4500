using System.Text;
using System.Text.Json.Nodes;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Hardening.Fuzz;

/// <summary>
/// Generates fuzz cases from a seed for the random numbers, so a run is reproducible: valid
/// starting documents (a small report or plan cut from the seed report, now and then the whole
/// seed), then damaged JSON, hostile text in a field, or a hostile template folder.
/// </summary>
internal static class FuzzCases
{
    private static readonly Lazy<string> SeedJson = new(() => File.ReadAllText(TestData.SeedJsonPath));

    /// <summary><paramref name="count"/> cases, the same ones for the same <paramref name="seed"/>.</summary>
    public static IEnumerable<FuzzCase> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var number = 0; number < count; number++)
        {
            yield return Next(number, random);
        }
    }

    private static FuzzCase Next(int number, Random random)
    {
        var root = StartingDocument(random, out var start);
        var kind = random.Next(100);
        if (kind < 30)
        {
            var changes = 1 + random.Next(3);
            var what = string.Join("; ", Enumerable.Range(0, changes).Select(_ => JsonDamage.HostileValue(root, random)));
            return new FuzzCase(number, $"{start}, {what}", Encoding.UTF8.GetBytes(JsonDamage.Write(root)));
        }

        if (kind < 50)
        {
            var what = random.Next(5) switch
            {
                0 => JsonDamage.WrongType(root, random),
                1 => JsonDamage.UnknownProperty(root, random),
                2 => JsonDamage.MissingProperty(root, random),
                _ => JsonDamage.ExtremeValue(root, random),
            };
            return new FuzzCase(number, $"{start}, {what}", Encoding.UTF8.GetBytes(JsonDamage.Write(root)));
        }

        if (kind < 60)
        {
            var json = JsonDamage.Write(root);
            var what = random.Next(2) == 0 ? JsonDamage.DuplicateProperty(ref json, random) : JsonDamage.DeepNesting(ref json, random);
            return new FuzzCase(number, $"{start}, {what}", Encoding.UTF8.GetBytes(json));
        }

        if (kind < 80)
        {
            var bytes = Encoding.UTF8.GetBytes(JsonDamage.Write(root));
            var what = JsonDamage.Bytes(ref bytes, random);
            return new FuzzCase(number, $"{start}, {what}", bytes);
        }

        if (kind < 95)
        {
            var (what, files) = HostileTemplates.Pick(random);
            return new FuzzCase(number, $"{start}, templates {what}", Encoding.UTF8.GetBytes(JsonDamage.Write(root)), files);
        }

        var cancelAfter = TimeSpan.FromMilliseconds(random.Next(3) == 0 ? 0 : random.Next(30));
        return new FuzzCase(number, $"{start}, cancelled after {cancelAfter.TotalMilliseconds} ms", Encoding.UTF8.GetBytes(JsonDamage.Write(root)), CancelAfter: cancelAfter);
    }

    /// <summary>A valid document: mostly small, so hundreds of cases render in seconds.</summary>
    private static JsonNode StartingDocument(Random random, out string description)
    {
        var root = JsonNode.Parse(SeedJson.Value)!;
        if (random.Next(10) == 0)
        {
            description = "seed report";
            return root;
        }

        var sections = root["sections"]!.AsArray();
        var keep = 1 + random.Next(3);
        while (sections.Count > keep)
        {
            sections.RemoveAt(sections.Count - 1);
        }

        foreach (var section in sections)
        {
            var items = section!["items"]!.AsArray();
            while (items.Count > 1 + random.Next(3))
            {
                items.RemoveAt(items.Count - 1);
            }
        }

        Enrich(root, random);
        var plan = random.Next(3) == 0;
        if (plan)
        {
            root["kind"] = "plan";
            root.AsObject().Remove("reportPeriod");
        }

        description = $"{(plan ? "plan" : "report")} of {keep} section(s)";
        return root;
    }

    /// <summary>Fills optional fields now and then, so the optional columns and blocks are exercised too.</summary>
    private static void Enrich(JsonNode root, Random random)
    {
        string[] statuses = ["done", "inProgress", "partiallyDone", "notDone", "notDue"];
        foreach (var item in root["sections"]!.AsArray().SelectMany(s => s!["items"]!.AsArray()))
        {
            var fields = item!.AsObject();
            if (random.Next(4) == 0)
            {
                fields["status"] = statuses[random.Next(statuses.Length)];
            }

            if (random.Next(5) == 0)
            {
                fields["indicator"] = "доля проверенных проектов, %";
            }

            if (random.Next(5) == 0)
            {
                fields["expectedResult"] = "снижение коррупционных рисков";
            }

            if (random.Next(5) == 0)
            {
                fields["note"] = "см. https://zaozersk.gov-murman.ru";
            }
        }

        if (random.Next(2) == 0)
        {
            root["signatories"] = new JsonArray(new JsonObject { ["position"] = "Глава ЗАТО город Заозерск", ["name"] = "И.О. Фамилия" });
            root["executor"] = new JsonObject { ["name"] = "И.О. Исполнитель", ["phone"] = "8 (815) 000-00-00" };
        }

        if (random.Next(2) == 0)
        {
            root["date"] = "27.04.2022";
            var approval = root["approval"]!.AsObject();
            approval["date"] = "27.04.2022";
            approval["number"] = "336";
        }
    }
}
