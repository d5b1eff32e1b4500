using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zaozersk.Reporting.Tests.Hardening.Fuzz;

/// <summary>
/// Ways to damage a valid input file: at the level of its JSON values (hostile text in a field,
/// wrong types, unknown, missing or duplicated properties, deep nesting, huge numbers) and at the
/// level of its bytes (truncation, flipped bytes, byte order marks, CR-only lines, invalid UTF-8).
/// Each method returns a short description of what it did, for the failure report.
/// </summary>
internal static class JsonDamage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON text of <paramref name="node"/>, non-ASCII characters written as they are (control characters and lone surrogates escaped).</summary>
    public static string Write(JsonNode node) => node.ToJsonString(Indented);

    /// <summary>Replaces a random text value, or one entry of a text array, with hostile text, or adds hostile text to it.</summary>
    public static string HostileValue(JsonNode root, Random random)
    {
        var texts = Values(root).Where(v => v.GetValueKind() == JsonValueKind.String).ToList();
        var target = texts[random.Next(texts.Count)];
        var hostile = HostileText.Pick(random);
        var original = target.GetValue<string>();
        var text = random.Next(3) switch
        {
            0 => hostile,
            1 => original + hostile,
            _ => original.Insert(random.Next(original.Length + 1), hostile),
        };
        var path = target.GetPath();
        target.ReplaceWith(JsonValue.Create(text));
        return $"hostile text at {path}";
    }

    /// <summary>Puts a value of another type where a value was.</summary>
    public static string WrongType(JsonNode root, Random random)
    {
        var nodes = All(root).Where(n => n.Parent is not null).ToList();
        var target = nodes[random.Next(nodes.Count)];
        JsonNode? replacement = random.Next(7) switch
        {
            0 => JsonValue.Create(42),
            1 => JsonValue.Create(true),
            2 => null,
            3 => new JsonArray(JsonValue.Create("x")),
            4 => new JsonObject { ["x"] = 1 },
            5 => JsonValue.Create("2022"),
            _ => JsonValue.Create(-1.5),
        };
        var path = target.GetPath();
        Replace(target, replacement);
        return $"wrong type at {path}";
    }

    /// <summary>Adds a property no type declares, sometimes one a letter away from a real one.</summary>
    public static string UnknownProperty(JsonNode root, Random random)
    {
        var objects = All(root).OfType<JsonObject>().ToList();
        var target = objects[random.Next(objects.Count)];
        string[] names = ["titel", "measures", "x", "$ref", "__proto__", "", "Kind", "kind ", "ОТЧЕТ", new string('p', 300), "\u0000", "numb\u200Ber"];
        var name = names[random.Next(names.Length)];
        if (target.ContainsKey(name))
        {
            return "no unknown property added";
        }

        target[name] = JsonValue.Create("лишнее");
        return $"unknown property '{name}' in {target.GetPath()}";
    }

    /// <summary>Removes a property, required ones included.</summary>
    public static string MissingProperty(JsonNode root, Random random)
    {
        var objects = All(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        var target = objects[random.Next(objects.Count)];
        var name = target.ElementAt(random.Next(target.Count)).Key;
        target.Remove(name);
        return $"property '{name}' removed from {target.GetPath()}";
    }

    /// <summary>Replaces a number with one no field can hold, or a value with a deeply nested one.</summary>
    public static string ExtremeValue(JsonNode root, Random random)
    {
        var nodes = All(root).Where(n => n.Parent is not null).ToList();
        var target = nodes[random.Next(nodes.Count)];
        var path = target.GetPath();
        if (random.Next(2) == 0)
        {
            string[] numbers = ["1e400", "-1e400", "99999999999999999999999999", "-2147483649", "2147483648", "2022.5", "1e-400", "-0", "0.0", "2.022e3", "0"];
            var number = numbers[random.Next(numbers.Length)];
            Replace(target, JsonNode.Parse(number));
            return $"number {number} at {path}";
        }

        // Within what System.Text.Json writes (64 levels); deeper nesting is spliced in as text by DeepNesting.
        var depth = 5 + random.Next(45);
        JsonNode nested = JsonValue.Create("дно");
        for (var i = 0; i < depth; i++)
        {
            nested = random.Next(2) == 0 ? new JsonArray(nested) : new JsonObject { ["a"] = nested };
        }

        Replace(target, nested);
        return $"nesting {depth} deep at {path}";
    }

    /// <summary>Writes some property twice, the second time with another value.</summary>
    public static string DuplicateProperty(ref string json, Random random)
    {
        string[] names = ["\"kind\": ", "\"number\": ", "\"title\": ", "\"items\": ", "\"measure\": ", "\"planPeriod\": ", "\"from\": ", "\"sections\": "];
        var name = names[random.Next(names.Length)];
        var at = json.IndexOf(name, StringComparison.Ordinal);
        if (at < 0)
        {
            return "no property duplicated";
        }

        string[] values = ["\"plan\", ", "\"9\", ", "null, ", "[], ", "{}, ", "2021, "];
        json = json.Insert(at, name + values[random.Next(values.Length)]);
        return $"duplicate {name.Trim(' ', ':')}";
    }

    /// <summary>Nesting deeper than any reader should follow, spliced in where a value starts.</summary>
    public static string DeepNesting(ref string json, Random random)
    {
        var depth = 60 + random.Next(10_000);
        var at = json.IndexOf(": ", random.Next(json.Length), StringComparison.Ordinal);
        at = at < 0 ? json.IndexOf(": ", StringComparison.Ordinal) : at;
        var open = random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var valueEnd = json.IndexOfAny([',', '\n'], at + 2);
        var value = json[(at + 2)..valueEnd];
        json = json[..(at + 2)] + string.Concat(Enumerable.Repeat(open, depth)) + value + string.Concat(Enumerable.Repeat(close, depth)) + json[valueEnd..];
        return $"{depth} levels of {open} spliced in";
    }

    /// <summary>Damage to the bytes: the file as a disk, a transfer or another editor may leave it.</summary>
    public static string Bytes(ref byte[] bytes, Random random)
    {
        switch (random.Next(9))
        {
            case 0:
                var length = random.Next(bytes.Length);
                bytes = bytes[..length];
                return $"truncated to {length} bytes";
            case 1:
                var flips = 1 + random.Next(6);
                for (var i = 0; i < flips; i++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return $"{flips} bits flipped";
            case 2:
                byte[][] marks = [[0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB]];
                var mark = marks[random.Next(marks.Length)];
                bytes = [.. mark, .. bytes];
                return $"byte order mark {Convert.ToHexString(mark)}";
            case 3:
                bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", "\r", StringComparison.Ordinal));
                return "CR-only lines";
            case 4:
                bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", "\r\n", StringComparison.Ordinal));
                return "CRLF lines";
            case 5:
                byte[][] invalid = [[0xC0, 0x80], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80], [0x80], [0xF0, 0x9F, 0x98], [0x00]];
                var bad = invalid[random.Next(invalid.Length)];
                var at = InsideAString(bytes, random);
                bytes = [.. bytes[..at], .. bad, .. bytes[at..]];
                return $"invalid UTF-8 {Convert.ToHexString(bad)} at byte {at}";
            case 6:
                var start = random.Next(bytes.Length);
                var count = Math.Min(1 + random.Next(300), bytes.Length - start);
                var to = random.Next(bytes.Length);
                bytes = [.. bytes[..to], .. bytes.AsSpan(start, count), .. bytes[to..]];
                return $"{count} bytes from {start} copied to {to}";
            case 7:
                string[] whole = ["", " ", "null", "[]", "{}", "0", "\"report\"", "{\"kind\":", "\uFEFF", "{\"kind\": \"report\"} {}", "// comment\n{}", "{\"sections\": [,]}"];
                var text = whole[random.Next(whole.Length)];
                bytes = Encoding.UTF8.GetBytes(text);
                return $"whole file «{text}»";
            default:
                var json = Encoding.UTF8.GetString(bytes);
                var comma = json.LastIndexOf('}');
                json = random.Next(2) == 0 ? json.Insert(comma, ",") : json.Insert(json.IndexOf('\n', StringComparison.Ordinal) + 1, "  // комментарий\n");
                bytes = Encoding.UTF8.GetBytes(json);
                return "trailing comma or comment";
        }
    }

    private static int InsideAString(byte[] bytes, Random random)
    {
        var from = random.Next(bytes.Length);
        for (var i = from; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'"' && i + 1 < bytes.Length && bytes[i + 1] >= 0x80)
            {
                return i + 1;
            }
        }

        return from;
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = replacement;
                break;
        }
    }

    private static IEnumerable<JsonValue> Values(JsonNode root) => All(root).OfType<JsonValue>();

    private static IEnumerable<JsonNode> All(JsonNode root)
    {
        var stack = new Stack<JsonNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a.AsEnumerable(),
                _ => [],
            };
            foreach (var child in children.Where(c => c is not null).Reverse())
            {
                stack.Push(child!);
            }
        }
    }
}
