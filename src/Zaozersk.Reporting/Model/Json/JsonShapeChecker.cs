using System.Text.Json;
using System.Text.Json.Nodes;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// Reads JSON once, front to back, checking it against the generated schema and recording where
/// every property starts. It exists because System.Text.Json stops at the first problem with a
/// message in .NET terms and a byte offset; users need the JSON path, the line and character
/// column, the name they probably meant, and every structural problem at once.
/// </summary>
internal sealed class JsonShapeChecker
{
    private const int MaxErrors = 50;
    private const int MaxDepth = 64;

    private readonly JsonObject _schemaRoot;
    private readonly Utf8LineIndex _lines;
    private readonly string? _source;
    private readonly List<Diagnostic> _errors = [];
    private readonly Stack<Frame> _frames = new();

    /// <summary>Paths whose positions go into <see cref="_map"/>; none when null.</summary>
    private readonly HashSet<string>? _recorded;
    private readonly JsonSourceMap? _map;

    private JsonShapeChecker(JsonObject schemaRoot, ReadOnlyMemory<byte> utf8, string? source, HashSet<string>? recorded, JsonSourceMap? map)
    {
        _schemaRoot = schemaRoot;
        _lines = new Utf8LineIndex(utf8);
        _source = source;
        _recorded = recorded;
        _map = map;
    }

    /// <summary>Checks <paramref name="utf8"/> against <paramref name="schema"/>.</summary>
    /// <returns>The structural errors (empty when the JSON can be deserialized) and the source map.</returns>
    public static (IReadOnlyList<Diagnostic> Errors, JsonSourceMap Map) Check(ReadOnlyMemory<byte> utf8, JsonObject schema, string? source)
    {
        var checker = new JsonShapeChecker(schema, utf8, source, recorded: null, map: null);
        checker.Run(utf8.Span);
        return (checker._errors, new JsonSourceMap(utf8, schema, source));
    }

    /// <summary>Reads <paramref name="utf8"/> again, adding to <paramref name="map"/> where each of the <paramref name="wanted"/> paths starts.</summary>
    public static void Record(ReadOnlyMemory<byte> utf8, JsonObject schema, HashSet<string> wanted, JsonSourceMap map) =>
        new JsonShapeChecker(schema, utf8, map.Source, wanted, map).Run(utf8.Span);

    private void Record(string path, SourcePosition position)
    {
        if (_recorded?.Contains(path) == true)
        {
            _map!.Add(path, position);
        }
    }

    private void Run(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth,
        });

        // The path and schema of the value the reader is about to produce.
        var nextPath = JsonPaths.Root;
        JsonNode? nextSchema = _schemaRoot;
        try
        {
            while (_errors.Count < MaxErrors && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (!OnPropertyName(ref reader, out nextPath, out nextSchema))
                        {
                            reader.Read();
                            reader.Skip();
                        }

                        break;
                    case JsonTokenType.EndObject:
                        OnEndObject();
                        break;
                    case JsonTokenType.EndArray:
                        _frames.Pop();
                        break;
                    default:
                        if (_frames.TryPeek(out var parent) && parent.IsArray)
                        {
                            nextPath = JsonPaths.Index(parent.Path, parent.NextIndex++);
                            nextSchema = parent.ItemSchema;
                        }

                        OnValue(ref reader, nextPath, nextSchema);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The reader's own message is not shown: the problem is named from the bytes where it stopped.
            var path = _frames.TryPeek(out var frame) ? frame.Path : nextPath;
            var (offset, message) = JsonSyntaxError.Describe(utf8, new JsonSyntaxError.ReaderState(reader.BytesConsumed, reader.TokenType, reader.CurrentDepth, MaxDepth));
            Report(DiagnosticCodes.InvalidJson, path, _lines.At(offset), message);
        }
    }

    private bool OnPropertyName(ref Utf8JsonReader reader, out string path, out JsonNode? schema)
    {
        var frame = _frames.Peek();
        var name = ReadString(ref reader, frame.Path) ?? string.Empty;
        path = JsonPaths.Property(frame.Path, name);
        var position = _lines.At(reader.TokenStartIndex);
        Record(path, position);
        schema = null;

        if (!frame.Seen.Add(name))
        {
            var quoted = QuotedText.Quote(name);
            Report(DiagnosticCodes.DuplicateProperty, path, position, Localized.Text(
                $"property {quoted} appears more than once in this object; keep one",
                $"свойство {quoted} встречается в этом объекте больше одного раза; оставьте одно"));
            return false;
        }

        var properties = frame.Schema?["properties"] as JsonObject;
        if (properties is not null && properties.TryGetPropertyValue(name, out schema))
        {
            schema = Resolve(schema);
            return true;
        }

        if (frame.Schema?["additionalProperties"] is JsonValue closed && closed.GetValueKind() == JsonValueKind.False)
        {
            var known = properties?.Select(p => p.Key).ToList() ?? [];
            var nearest = NameSuggester.Nearest(name, known);
            var hint = nearest is not null
                ? Localized.Text($"did you mean '{nearest}'?", $"возможно, имелось в виду '{nearest}'")
                : Localized.Text("known properties here: " + string.Join(", ", known), "здесь допустимы свойства " + Quoted(known));
            if (nearest is not null)
            {
                // The misspelling explains the missing property; do not report it twice.
                frame.Explained.Add(nearest);
            }

            var quoted = QuotedText.Quote(name);
            Report(DiagnosticCodes.UnknownProperty, path, position, Localized.Text($"unknown property {quoted}; {hint}", $"неизвестное свойство {quoted}; {hint}"));
            return false;
        }

        return true;
    }

    private void OnEndObject()
    {
        var frame = _frames.Pop();
        if (frame.Schema?["required"] is not JsonArray required)
        {
            return;
        }

        foreach (var name in required.Select(r => r!.GetValue<string>()))
        {
            if (!frame.Seen.Contains(name) && !frame.Explained.Contains(name))
            {
                Report(DiagnosticCodes.MissingProperty, frame.Path, frame.Position,
                    Localized.Text($"missing required property '{name}'", $"нет обязательного свойства '{name}'"));
            }
        }
    }

    private void OnValue(ref Utf8JsonReader reader, string path, JsonNode? schema)
    {
        var position = _lines.At(reader.TokenStartIndex);
        Record(path, position);
        var resolved = Resolve(schema);
        if (!Conforms(ref reader, path, position, resolved as JsonObject))
        {
            reader.Skip();
            return;
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            _frames.Push(new Frame(path, position, resolved as JsonObject, IsArray: false, ItemSchema: null));
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            _frames.Push(new Frame(path, position, resolved as JsonObject, IsArray: true, ItemSchema: Resolve((resolved as JsonObject)?["items"])));
        }
    }

    /// <summary>Checks the JSON type and allowed values of the token under the reader.</summary>
    private bool Conforms(ref Utf8JsonReader reader, string path, SourcePosition position, JsonObject? schema)
    {
        var text = reader.TokenType == JsonTokenType.String ? ReadString(ref reader, path) : null;
        if (schema is null)
        {
            return true;
        }

        if (!TypeAllowed(schema, JsonTypeOf(ref reader)))
        {
            var expected = DescribeTypes(AllowedTypes(schema));
            var found = DescribeToken(ref reader);
            Report(DiagnosticCodes.WrongType, path, position, Localized.Text($"expected {expected}, found {found}", $"ожидается {expected}, а указано: {found}"));
            return false;
        }

        if (schema["enum"] is JsonArray values && !InEnum(values, text, reader.TokenType))
        {
            var choices = values.Select(v => v?.GetValue<string>()).OfType<string>().ToList();
            var found = text is null ? DescribeToken(ref reader) : QuotedText.Quote(text);
            var nearest = text is null ? null : NameSuggester.Nearest(text, choices);
            var hint = nearest is null ? string.Empty : Localized.Text($" (did you mean '{nearest}'?)", $" (возможно, имелось в виду '{nearest}')");
            Report(DiagnosticCodes.InvalidValue, path, position, Localized.Text(
                $"{found} is not allowed here; expected one of: {string.Join(", ", choices)}{hint}",
                $"{found}: такое значение здесь не допускается; допустимы {Quoted(choices)}{hint}"));
            return false;
        }

        return true;
    }

    private string? ReadString(ref Utf8JsonReader reader, string path)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            Report(DiagnosticCodes.InvalidJson, path, _lines.At(reader.TokenStartIndex), reader.ValueIsEscaped
                ? Localized.Text(
                    "the text has a \\u escape that is half of a character (a lone surrogate such as \\ud800); write the character itself, or both halves of its pair",
                    "в тексте есть последовательность \\u, задающая половину символа (одиночный суррогат, например \\ud800); напишите сам символ или обе половины его пары")
                : Localized.Text("text is not valid UTF-8; save the file in UTF-8 encoding", "текст не в кодировке UTF-8; сохраните файл в кодировке UTF-8"));
            return null;
        }
    }

    /// <summary>
    /// Whether the schema's <c>type</c> admits <paramref name="actual"/> (a whole number is also a
    /// number; no type admits anything). Runs for every value of the input, so it builds nothing.
    /// </summary>
    private static bool TypeAllowed(JsonObject schema, string actual)
    {
        static bool Admits(string type, string actual) => type == actual || (actual == "integer" && type == "number");

        switch (schema["type"])
        {
            case JsonValue single:
                return Admits(single.GetValue<string>(), actual);
            case JsonArray several:
                for (var i = 0; i < several.Count; i++)
                {
                    if (Admits(several[i]!.GetValue<string>(), actual))
                    {
                        return true;
                    }
                }

                return several.Count == 0;
            default:
                return true;
        }
    }

    /// <summary>
    /// Whether the value is one of the schema's <c>enum</c> values: a string equal to one of
    /// them, or JSON null where null is one. A number is none of them, even where null is allowed.
    /// </summary>
    private static bool InEnum(JsonArray values, string? text, JsonTokenType token)
    {
        if (token is not (JsonTokenType.String or JsonTokenType.Null))
        {
            return false;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i]?.GetValue<string>() == text)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> AllowedTypes(JsonObject schema) => schema["type"] switch
    {
        JsonValue single => [single.GetValue<string>()],
        JsonArray several => [.. several.Select(t => t!.GetValue<string>())],
        _ => [],
    };

    private static string JsonTypeOf(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => reader.TryGetInt32(out _) ? "integer" : "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        _ => "null",
    };

    private static string DescribeToken(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => Localized.Text("an object", "объект"),
        JsonTokenType.StartArray => Localized.Text("an array", "массив"),
        JsonTokenType.String => Localized.Text("text", "текст"),
        JsonTokenType.Number => Localized.Text("the number ", "число ") + System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => Localized.Text("true", "'true'"),
        JsonTokenType.False => Localized.Text("false", "'false'"),
        _ => Localized.Text("null", "'null'"),
    };

    private static string DescribeTypes(HashSet<string> types)
    {
        var words = types.Where(t => t != "null").Select(t => t switch
        {
            "string" => Localized.Text("text (a JSON string)", "текст (строка JSON в кавычках)"),
            "integer" => Localized.Text("a whole number", "целое число"),
            "number" => Localized.Text("a number", "число"),
            "boolean" => Localized.Text("true or false", "'true' или 'false'"),
            "object" => Localized.Text("an object", "объект"),
            "array" => Localized.Text("an array", "массив"),
            _ => t,
        }).ToList();
        if (types.Contains("null"))
        {
            words.Add(Localized.Text("null", "'null'"));
        }

        return string.Join(Localized.Text(" or ", " или "), words);
    }

    /// <summary>Names as a Russian message lists them, each in quotes like any name the user types: 'plan', 'report'.</summary>
    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => "'" + n + "'"));

    private JsonNode? Resolve(JsonNode? schema)
    {
        // The exporter only emits local references ("#/..." pointers) for recursive types.
        while (schema is JsonObject node && node["$ref"] is JsonValue reference)
        {
            JsonNode? target = _schemaRoot;
            foreach (var segment in reference.GetValue<string>().TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                target = target is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : target?[segment];
            }

            schema = target;
        }

        return schema;
    }

    private void Report(string code, string path, SourcePosition position, string message) =>
        _errors.Add(new Diagnostic(code, DiagnosticSeverity.Error, path, message) { Source = _source, Position = position });

    /// <summary>An open object or array: its path, where it starts, its schema and what has been seen in it.</summary>
    private sealed record Frame(string Path, SourcePosition Position, JsonObject? Schema, bool IsArray, JsonNode? ItemSchema)
    {
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        /// <summary>Names already offered as the fix for a misspelt property.</summary>
        public HashSet<string> Explained { get; } = new(StringComparer.Ordinal);

        public int NextIndex { get; set; }
    }
}
