using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The service's replies, serialized by source-generated code (Native AOT needs no reflection for them).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(ServiceProblem))]
[JsonSerializable(typeof(ValidationReply))]
[JsonSerializable(typeof(ImportReply))]
[JsonSerializable(typeof(HealthReply))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ServiceJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the replies are written with: Cyrillic as it is, not as \u escapes, so a reply read
    /// in a terminal or a log is readable; control characters are still escaped. No reply is put into HTML as it is.
    /// </summary>
    public static ServiceJsonContext Replies { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
