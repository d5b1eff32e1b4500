using System.Text;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Model;

/// <summary>
/// Damaged and hostile files, generated from the seed with a fixed seed for the random numbers:
/// loading never throws, and whatever loads without errors renders or fails with a documented,
/// located exception — never anything else.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly byte[] Seed = File.ReadAllBytes(TestData.SeedJsonPath);

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < 40; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Damaged_files_load_to_diagnostics_and_render_or_fail_cleanly(int seed)
    {
        var random = new Random(seed);
        var bytes = Mutate(Seed, random);

        var result = PlanDocumentJson.Load(bytes, "damaged.json");

        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        if (result.Document is null)
        {
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Position is not null);
            return;
        }

        if (result.HasErrors)
        {
            return;
        }

        foreach (var format in new[] { OutputFormat.Docx, OutputFormat.Pdf })
        {
            try
            {
                await new DocumentRenderer().RenderAsync(result.Document, format, Stream.Null);
            }
            catch (Exception ex) when (ex is LayoutException or TemplateException or MarkupException or InvalidInputException)
            {
                // Documented, located failures are acceptable for damaged input.
            }
        }
    }

    /// <summary>One of: cut the file, flip bytes, splice a hostile string into a text value, or duplicate a region.</summary>
    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = source.ToList();
        switch (random.Next(4))
        {
            case 0:
                return [.. bytes.Take(random.Next(bytes.Count))];
            case 1:
                for (var n = 0; n < 1 + random.Next(5); n++)
                {
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                }

                return [.. bytes];
            case 2:
                var hostile = new[] { "<b>", "&amp;", "]]>", "\\u0000", "\\uD800", "{{ x }}", "😀", "\\n\\n- ", "\\t", new string('ж', 3000), @"\""", @"\\" };
                var text = Encoding.UTF8.GetString(source);
                var at = text.IndexOf("\"measure\": \"", random.Next(text.Length / 2), StringComparison.Ordinal);
                at = at < 0 ? text.IndexOf("\"measure\": \"", StringComparison.Ordinal) : at;
                return Encoding.UTF8.GetBytes(text.Insert(at + 12, hostile[random.Next(hostile.Length)]));
            default:
                var start = random.Next(bytes.Count);
                var length = Math.Min(random.Next(200), bytes.Count - start);
                bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(start, length));
                return [.. bytes];
        }
    }
}
