using System.Text;
using System.Text.Json;
using Zaozersk.Reporting.Diagnostics;
using Zaozersk.Reporting.Model.Validation;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// Reads and writes plans and reports in the library's JSON format, and hands out its JSON Schema.
/// Loading never throws on bad input: every problem comes back as a <see cref="Diagnostic"/>
/// with the JSON path, line and column.
/// </summary>
public static class PlanDocumentJson
{
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
            // The shape check should have caught this; report it in the same form rather than throw.
            var path = ex.Path ?? JsonPaths.Root;
            return new LoadResult(null, [map.Locate(new Diagnostic(DiagnosticCodes.InvalidJson, DiagnosticSeverity.Error, path, ex.Message))]);
        }

        if (document is null)
        {
            return new LoadResult(null, [map.Locate(new Diagnostic(DiagnosticCodes.WrongType, DiagnosticSeverity.Error, JsonPaths.Root, "expected an object, found null"))]);
        }

        var findings = PlanValidator.Validate(document).Select(map.Locate).ToList();
        return new LoadResult(document, findings);
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
    public static async Task<LoadResult> LoadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = ex switch
            {
                FileNotFoundException => "the file does not exist",
                DirectoryNotFoundException => "the folder does not exist",
                UnauthorizedAccessException => "access to the file is denied",
                _ => ex.Message,
            };
            return new LoadResult(null, [new Diagnostic(DiagnosticCodes.UnreadableFile, DiagnosticSeverity.Error, JsonPaths.Root, "cannot read the file: " + reason) { Source = path }]);
        }

        return Load(bytes, path);
    }

    /// <summary>Writes a document as indented JSON in the library's format, with Cyrillic kept readable.</summary>
    /// <param name="document">The document to write.</param>
    public static string Serialize(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, PlanJsonContext.Readable.PlanDocument) + "\n";
    }
}
