using System.Text.Json.Nodes;

namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>
/// A plan or report JSON with the words of each longer text shuffled by a fixed seed: the same
/// structure and vocabulary, other line breaks. Addresses, dates and short values stay as they are,
/// and a list item keeps its leading marker.
/// </summary>
internal static class ShuffledWords
{
    public static string Of(string json, int seed)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(json)!;
        Visit(root, random);
        return root.ToJsonString();
    }

    private static void Visit(JsonNode node, Random random)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && key != "$schema")
                    {
                        obj[key] = Shuffle(text, random);
                    }
                    else if (value is not null)
                    {
                        Visit(value, random);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        array[i] = Shuffle(text, random);
                    }
                    else if (array[i] is { } child)
                    {
                        Visit(child, random);
                    }
                }

                break;
        }
    }

    private static string Shuffle(string text, Random random)
    {
        if (text.Length <= 25 || text.StartsWith("http", StringComparison.Ordinal))
        {
            return text;
        }

        return string.Join('\n', text.Split('\n').Select(line =>
        {
            var words = line.Split(' ');
            var keep = line.StartsWith('-') || line.StartsWith('•') ? 1 : 0;
            var rest = words[keep..];
            random.Shuffle(rest);
            return string.Join(' ', words[..keep].Concat(rest));
        }));
    }
}
