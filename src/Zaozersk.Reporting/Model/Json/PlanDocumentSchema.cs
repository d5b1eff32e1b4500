using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// The JSON Schema of the input format, generated from the model's serialization metadata (so it
/// cannot drift from what the loader accepts), with the model's descriptions added.
/// </summary>
internal static class PlanDocumentSchema
{
    private static readonly Lazy<JsonObject> Node = new(Build);
    private static readonly Lazy<string> Text = new(() => Node.Value.ToJsonString(new JsonSerializerOptions
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    }) + "\n");

    /// <summary>The schema as a tree; callers must not modify it.</summary>
    public static JsonObject Root => Node.Value;

    /// <summary>The schema as indented UTF-8 JSON text ending in a newline.</summary>
    public static string Json => Text.Value;

    private static JsonObject Build()
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, schema) =>
            {
                if (schema is not JsonObject node)
                {
                    return schema;
                }

                var description = context.PropertyInfo?.AttributeProvider?
                    .GetCustomAttributes(typeof(DescriptionAttribute), inherit: false)
                    .OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
                if (description is not null)
                {
                    node.Insert(0, "description", description);
                }

                return node;
            },
        };

        var schema = (JsonObject)PlanJsonContext.Readable.PlanDocument.GetJsonSchemaAsNode(options);
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "title", Producer.Name + " plan or report");
        schema.Insert(2, "description", "An anti-corruption plan (kind: plan) or the report on its execution (kind: report).");
        return schema;
    }
}
