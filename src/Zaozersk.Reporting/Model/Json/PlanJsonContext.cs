using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for the input format. The options here are the
/// format's contract: camelCase names, unknown members rejected, nullability and
/// <c>required</c> respected, enums as their JSON names.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2)]
[JsonSerializable(typeof(PlanDocument))]
internal sealed partial class PlanJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context used for reading and writing. Cyrillic, «», № and dashes are written as they are
    /// (not as \u escapes) so that the files stay readable and editable by hand; the input is a
    /// data file, never embedded in HTML, so relaxed escaping is safe.
    /// </summary>
    /// <remarks>Lazy because the generated static options are initialised after this class's own fields.</remarks>
    public static PlanJsonContext Readable => ReadableContext.Value;

    private static readonly Lazy<PlanJsonContext> ReadableContext = new(CreateReadable);

    private static PlanJsonContext CreateReadable()
    {
        var options = new JsonSerializerOptions(Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
        return new PlanJsonContext(options);
    }
}
