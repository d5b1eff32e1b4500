using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Diagnostics;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// Reads JSON once, front to back, checking it against the generated schema and recording where
/// every property starts. It exists because System.Text.Json stops at the first problem with a
/// message in .NET terms and a byte offset; users need the JSON path, the line and character
/// column, the name they probably meant, and every structural problem at once.
/// </summary>
internal sealed partial class JsonShapeChecker
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
        catch (JsonException ex)
        {
            var path = _frames.TryPeek(out var frame) ? frame.Path : nextPath;
            var position = _lines.AtReaderPosition(ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            Report(DiagnosticCodes.InvalidJson, path, position, DescribeSyntaxError(ex.Message));
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
            Report(DiagnosticCodes.DuplicateProperty, path, position,
                $"property {QuotedText.Quote(name)} appears more than once in this object; keep one");
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
                ? $"did you mean '{nearest}'?"
                : "known properties here: " + string.Join(", ", known);
            if (nearest is not null)
            {
                // The misspelling explains the missing property; do not report it twice.
                frame.Explained.Add(nearest);
            }

            Report(DiagnosticCodes.UnknownProperty, path, position, $"unknown property {QuotedText.Quote(name)}; {hint}");
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
                    $"missing required property '{name}'");
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
    private bool Conforms(ref Utf8JsonReader reader, string path, Diagnostics.SourcePosition position, JsonObject? schema)
    {
        var text = reader.TokenType == JsonTokenType.String ? ReadString(ref reader, path) : null;
        if (schema is null)
        {
            return true;
        }

        if (!TypeAllowed(schema, JsonTypeOf(ref reader)))
        {
            Report(DiagnosticCodes.WrongType, path, position,
                $"expected {DescribeTypes(AllowedTypes(schema))}, found {DescribeToken(ref reader)}");
            return false;
        }

        if (schema["enum"] is JsonArray values && !InEnum(values, text, reader.TokenType))
        {
            var choices = values.Select(v => v?.GetValue<string>()).OfType<string>().ToList();
            var found = text is null ? DescribeToken(ref reader) : QuotedText.Quote(text);
            var nearest = text is null ? null : NameSuggester.Nearest(text, choices);
            var hint = nearest is null ? string.Empty : $" (did you mean '{nearest}'?)";
            Report(DiagnosticCodes.InvalidValue, path, position,
                $"{found} is not allowed here; expected one of: {string.Join(", ", choices)}{hint}");
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
                ? "the text has a \\u escape that is half of a character (a lone surrogate such as \\ud800); write the character itself, or both halves of its pair"
                : "text is not valid UTF-8; save the file in UTF-8 encoding");
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
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "text",
        JsonTokenType.Number => "the number " + System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    private static string DescribeTypes(HashSet<string> types)
    {
        var words = types.Where(t => t != "null").Select(t => t switch
        {
            "string" => "text (a JSON string)",
            "integer" => "a whole number",
            "number" => "a number",
            "boolean" => "true or false",
            "object" => "an object",
            "array" => "an array",
            _ => t,
        }).ToList();
        if (types.Contains("null"))
        {
            words.Add("null");
        }

        return string.Join(" or ", words);
    }

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

    private void Report(string code, string path, Diagnostics.SourcePosition position, string message) =>
        _errors.Add(new Diagnostic(code, DiagnosticSeverity.Error, path, message) { Source = _source, Position = position });

    /// <summary>Rephrases the reader's message for a user and drops its byte-based position suffix.</summary>
    private static string DescribeSyntaxError(string message)
    {
        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the file is empty; it must hold a JSON object";
        }

        if (message.Contains("after a single JSON value", StringComparison.Ordinal))
        {
            return "there is more after the end of the JSON object; a file holds one object, so remove what follows it";
        }

        if (message.Contains("Expected depth to be zero", StringComparison.Ordinal) || message.Contains("end of data", StringComparison.Ordinal))
        {
            return "the file ends before the JSON is complete: an object or array is not closed";
        }

        if (message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return $"the JSON is nested more than {MaxDepth} levels deep";
        }

        var text = PositionSuffix().Replace(message, string.Empty).Trim();
        return "malformed JSON: " + text.TrimEnd('.');
    }

    [GeneratedRegex(@"\s*(Path: .*?\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$")]
    private static partial Regex PositionSuffix();

    /// <summary>An open object or array: its path, where it starts, its schema and what has been seen in it.</summary>
    private sealed record Frame(string Path, Diagnostics.SourcePosition Position, JsonObject? Schema, bool IsArray, JsonNode? ItemSchema)
    {
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

        /// <summary>Names already offered as the fix for a misspelt property.</summary>
        public HashSet<string> Explained { get; } = new(StringComparer.Ordinal);

        public int NextIndex { get; set; }
    }
}
