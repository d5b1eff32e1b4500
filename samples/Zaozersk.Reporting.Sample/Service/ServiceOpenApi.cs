using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: generated from the routes, with the service's
/// title and version, and the bodies the routes read themselves (<see cref="RequestBodyDescription"/>).
/// </summary>
internal static class ServiceOpenApi
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Zaozersk.Reporting service";
            document.Info.Version = typeof(DocumentRenderer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            document.Info.Description = "Renders Russian municipal anti-corruption plans and execution reports, written as JSON or imported from Word, to DOCX and PDF: the same pipeline and the same bytes as the zaozersk-report command line. Errors are application/problem+json (RFC 9457) carrying the input's diagnostics with JSON path, line and column. Messages follow Accept-Language (ru: Russian, otherwise English).";
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestBodyDescription>().FirstOrDefault() is { } body)
            {
                var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
                foreach (var type in body.ContentTypes)
                {
                    content[type] = new OpenApiMediaType { Schema = SchemaOf(body, type) };
                }

                operation.RequestBody = new OpenApiRequestBody { Required = true, Description = body.Description, Content = content };
            }

            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ResponseFileDescription>().FirstOrDefault() is { } file)
            {
                var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
                foreach (var type in file.ContentTypes)
                {
                    content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = type.StartsWith("text/", StringComparison.Ordinal) ? null : "binary" } };
                }

                operation.Responses ??= [];
                operation.Responses["200"] = new OpenApiResponse { Description = file.Description, Content = content };
            }

            return Task.CompletedTask;
        });
    }

    private static OpenApiSchema SchemaOf(RequestBodyDescription body, string contentType)
    {
        var file = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        if (!body.Binary)
        {
            return new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A plan or report; see GET /api/schema." };
        }

        return contentType == "multipart/form-data"
            ? new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>(StringComparer.Ordinal) { "file" },
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal) { ["file"] = file },
            }
            : file;
    }
}
