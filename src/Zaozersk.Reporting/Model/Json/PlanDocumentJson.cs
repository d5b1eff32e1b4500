using System.Text;
using System.Text.Json;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Json;
using Zaozersk.Reporting.Model.Validation;

namespace Zaozersk.Reporting;

/// <summary>
/// Reads and writes plans and reports in the library's JSON format, and hands out its JSON Schema.
/// Loading never throws on bad input: every problem comes back as a <see cref="Diagnostic"/>
/// with the JSON path, line and column.
/// </summary>
public static class PlanDocumentJson
{
    /// <summary>The default maximum input size: 64 MB.</summary>
    public const long DefaultMaxInputBytes = BoundedInput.DefaultMaxBytes;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The JSON Schema (draft 2020-12) of the input format, generated from the model.</summary>
    public static string Schema => PlanDocumentSchema.Json;

    /// <summary>Loads and validates a document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The file's bytes; a UTF-8 byte order mark is allowed.</param>
    /// <param name="sourceName">A file name to put in diagnostics, or null.</param>
    public static LoadResult Load(ReadOnlyMemory<byte> utf8Json, string? sourceName = null)
    {
        if (utf8Json.Span.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        if (OtherEncoding(utf8Json.Span) is { } encoding)
        {
            return new LoadResult(null, [new Diagnostic(DiagnosticCodes.InvalidJson, DiagnosticSeverity.Error, JsonPaths.Root, Localized.Text($"the file is saved as {encoding}; save it as UTF-8", $"файл сохранен в кодировке {encoding}; сохраните его в UTF-8")) { Source = sourceName, Position = new SourcePosition(1, 1) }]);
        }

        var (errors, map) = JsonShapeChecker.Check(utf8Json, PlanDocumentSchema.Root, sourceName);
        if (errors.Count > 0)
        {
            return new LoadResult(null, errors);
        }

        PlanDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json.Span, PlanJsonContext.Readable.PlanDocument);
        }
        catch (JsonException ex)
        {
            // The shape check should have caught this; report it in the same form rather than throw,
            // in our words: the serializer's message names .NET types.
            var path = ex.Path ?? JsonPaths.Root;
            return new LoadResult(null, [map.Locate(new Diagnostic(DiagnosticCodes.InvalidJson, DiagnosticSeverity.Error, path, Localized.Text(
                "this value cannot be read as the format describes it; compare it with the JSON Schema of the format",
                "это значение не удается прочитать так, как описано в формате; сверьте его со схемой JSON формата")))]);
        }

        if (document is null)
        {
            return new LoadResult(null, [map.Locate(new Diagnostic(DiagnosticCodes.WrongType, DiagnosticSeverity.Error, JsonPaths.Root, Localized.Text("expected an object, found null", "ожидается объект, а указано: 'null'")))]);
        }

        var findings = map.LocateAll(PlanValidator.Validate(document));
        return new LoadResult(document, findings);
    }

    /// <summary>
    /// «UTF-16» or «UTF-32» when the bytes are text in one of them (by its byte order mark, or by
    /// the zero bytes around a first ASCII character); JSON in them would otherwise be reported
    /// as malformed at its first byte.
    /// </summary>
    private static string? OtherEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32";
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16";
        }

        return bytes.Length >= 4 && (bytes[0] == 0 || bytes[1] == 0) && bytes[..4].Count((byte)0) is 2 ? "UTF-16"
            : bytes.Length >= 4 && bytes[..4].Count((byte)0) is 3 ? "UTF-32"
            : null;
    }

    /// <summary>Loads and validates a document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A file name to put in diagnostics, or null.</param>
    public static LoadResult Parse(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Load(Encoding.UTF8.GetBytes(json), sourceName);
    }

    /// <summary>Loads and validates a document from a JSON file; an unreadable file is a diagnostic, not an exception.</summary>
    /// <param name="path">Path of the file; it appears in diagnostics as given.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static Task<LoadResult> LoadFileAsync(string path, CancellationToken cancellationToken = default) =>
        LoadFileAsync(path, DefaultMaxInputBytes, cancellationToken);

    /// <summary>Loads and validates a document from a JSON file of at most <paramref name="maxInputBytes"/> bytes.</summary>
    /// <param name="path">Path of the file; it appears in diagnostics as given.</param>
    /// <param name="maxInputBytes">A larger file (or an endless one, such as a device) is refused with a diagnostic before it fills memory.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async Task<LoadResult> LoadFileAsync(string path, long maxInputBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxInputBytes);
        var (bytes, problem) = await BoundedInput.ReadFileAsync(path, maxInputBytes, cancellationToken).ConfigureAwait(false);
        LoadResult result;
        using (bytes)
        {
            result = bytes is null ? Unreadable(path, problem!) : Load(bytes.Memory, path);
        }

        return result;
    }

    /// <summary>Loads and validates a document from a stream of UTF-8 JSON of at most <paramref name="maxInputBytes"/> bytes.</summary>
    /// <param name="json">The stream; read to its end, or until it passes the limit.</param>
    /// <param name="sourceName">A file name to put in diagnostics, or null.</param>
    /// <param name="maxInputBytes">A longer stream is refused with a diagnostic; reading stops just past the limit.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async Task<LoadResult> LoadAsync(Stream json, string? sourceName = null, long maxInputBytes = DefaultMaxInputBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxInputBytes);
        var bytes = await BoundedInput.ReadAsync(json, maxInputBytes, cancellationToken).ConfigureAwait(false);
        LoadResult result;
        using (bytes)
        {
            result = bytes is null ? Unreadable(sourceName, BoundedInput.TooLarge(maxInputBytes)) : Load(bytes.Memory, sourceName);
        }

        return result;
    }

    private static LoadResult Unreadable(string? source, string reason) =>
        new(null, [new Diagnostic(DiagnosticCodes.UnreadableFile, DiagnosticSeverity.Error, JsonPaths.Root, reason) { Source = source }]);

    /// <summary>Writes a document as indented JSON in the library's format, with Cyrillic kept readable.</summary>
    /// <param name="document">The document to write.</param>
    public static string Serialize(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, PlanJsonContext.Readable.PlanDocument) + "\n";
    }
}
