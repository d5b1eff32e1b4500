using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>: generated from the routes, completed with what the
/// generator cannot see — the bodies the routes read themselves (<see cref="RequestBodyDescription"/>),
/// the files they answer, the headers every answer carries, HEAD beside GET, the failure every route
/// may answer (500), and the document's own route, which the generator leaves out.
/// </summary>
internal static class ServiceOpenApi
{
    /// <summary>The document's address.</summary>
    public const string Route = "/openapi/v1.json";

    /// <summary>The document route's name, its operation id.</summary>
    public const string Name = "openapi";

    private const string ProblemSchema = nameof(ServiceProblem);

    // The query parameters the routes take, said fully: their values, their default.
    private static readonly Dictionary<string, (string Description, string[] Values)> Parameters = new(StringComparer.Ordinal)
    {
        ["format"] = ("The document to answer: pdf (the default), docx, or zip (both in one archive).", ["pdf", "docx", "zip"]),
        ["conformance"] = ("pdfa-1b (the default): the PDF is PDF/A-1b, tagged; pdfa-2b: the same as PDF/A-2b, a smaller file; none: a plain PDF.", ["pdfa-1b", "pdfa-2b", "none"]),
        ["repeatHeader"] = ("true: the table's full header is repeated on every page, as render --repeat-header (also 1, yes; false, 0, no).", []),
        ["period"] = ("The report's period: 2025, 2025-H1, 2025-H2, 2025-Q1 … 2025-Q4 or 2025-9M.", []),
    };

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Zaozersk.Reporting service";
            document.Info.Version = typeof(DocumentRenderer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            document.Info.Description =
                "Renders Russian municipal anti-corruption plans and execution reports, written as JSON or imported from Word, to DOCX and PDF: the same pipeline and the same bytes as the zaozersk-report command line. "
                + "Errors are application/problem+json (RFC 9457, schema ServiceProblem) carrying the input's diagnostics with JSON path, line and column; their `type` is stable. "
                + "Messages follow Accept-Language (ru: Russian, otherwise English) and say their language in Content-Language. "
                + "Every answer carries X-Request-Id (the client's, when it sends a sensible one, or a new one). "
                + "Every GET address answers HEAD too (the same headers, no body). Besides the operations listed here: an address that does not exist is 404 and a method an address does not take is 405 with Allow, both application/problem+json; OPTIONS on any listed address is 204 with Allow (no CORS). "
                + "A request line longer than 8 KB or headers past 32 KB are refused by the web server itself (414, 431) with an empty body.";
            document.Paths[Route] = DocumentPath(document);
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<RequestBodyDescription>().FirstOrDefault() is { } body)
            {
                var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
                foreach (var type in body.ContentTypes)
                {
                    content[type] = new OpenApiMediaType { Schema = SchemaOf(body, type) };
                }

                operation.RequestBody = new OpenApiRequestBody { Required = true, Description = body.Description, Content = content };
            }

            operation.Responses ??= [];
            if (metadata.OfType<ResponseFileDescription>().FirstOrDefault() is { } file)
            {
                var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
                foreach (var type in file.ContentTypes)
                {
                    content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = type.StartsWith("text/", StringComparison.Ordinal) ? null : "binary" } };
                }

                operation.Responses["200"] = new OpenApiResponse { Description = file.Description, Content = content };
            }

            if (metadata.OfType<ResponseJsonDescription>().FirstOrDefault() is { } json && operation.Responses.TryGetValue("200", out var ok) && ok.Content is { } okContent)
            {
                foreach (var media in okContent.Values)
                {
                    media.Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = json.Description };
                }
            }

            Describe(operation, context.Document!);
            if (HttpMethods.IsHead(context.Description.HttpMethod ?? string.Empty))
            {
                HeadOnly(operation);
            }

            return Task.CompletedTask;
        });

        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(ServiceProblem) && schema.Properties?.TryGetValue("type", out var type) == true && type is OpenApiSchema kinds)
            {
                kinds.Description = "The kind of problem; stable, safe to match on.";
                kinds.Enum = [.. ProblemKind.All.Select(k => (JsonNode)JsonValue.Create(k.Type))];
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>What every operation has besides its own: the headers a client may send and every answer carries, and the 500 any route may answer.</summary>
    private static void Describe(OpenApiOperation operation, OpenApiDocument document)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Name is { } name && Parameters.TryGetValue(name, out var said))
            {
                parameter.Description = said.Description;
                if (said.Values.Length > 0 && parameter.Schema is OpenApiSchema values)
                {
                    values.Enum = [.. said.Values.Select(v => (JsonNode)JsonValue.Create(v))];
                }
            }
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter { Name = RequestLog.Header, In = ParameterLocation.Header, Description = "The request's id, up to 128 printable characters; returned, and in the request's log line. One is made when absent.", Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 128 } });
        operation.Parameters.Add(new OpenApiParameter { Name = "Accept-Language", In = ParameterLocation.Header, Description = "The language of messages: Russian when the most preferred is ru (ru-RU …), English for any other; absent: the service's language.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
        if (operation.Responses!.ContainsKey("304"))
        {
            operation.Parameters.Add(new OpenApiParameter { Name = "If-None-Match", In = ParameterLocation.Header, Description = "The ETag of the document the client holds: the same input and options give the same bytes, so the answer is then 304.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
        }

        if (!operation.Responses.ContainsKey("500"))
        {
            operation.Responses["500"] = Problem(document, "Unexpected failure of the service (logged with the request id); never a stack trace.");
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse answer)
            {
                continue;
            }

            if (answer.Content?.ContainsKey(ServiceResponses.ProblemJson) == true && int.TryParse(status, System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                // The kinds of problem this status carries, so a client knows which `type` values to expect.
                var kinds = ProblemKind.All.Where(k => k.Status == code).Select(k => "`" + k.Type + "` (" + k.English + ")");
                answer.Description = (answer.Description ?? string.Empty).TrimEnd('.') + ". The problem's type is one of: " + string.Join(", ", kinds) + ".";
            }

            answer.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
            answer.Headers[RequestLog.Header] = Header("The request's id, as sent or made.");
            if (answer.Content?.ContainsKey(ServiceResponses.ProblemJson) == true || (status == "200" && answer.Content?.Values.Any(c => c.Schema is OpenApiSchemaReference { Reference.Id: nameof(ValidationReply) or nameof(ImportReply) }) == true))
            {
                answer.Headers["Content-Language"] = Header("The language of the messages: ru or en.");
            }

            if (status == "503")
            {
                answer.Headers["Retry-After"] = Header("Seconds to wait before sending the request again.", JsonSchemaType.Integer);
            }

            if (status == "304" || (status == "200" && operation.Responses.ContainsKey("304")))
            {
                answer.Headers["ETag"] = Header("The SHA-256 of the document's bytes, in quotes.");
            }

            if (status == "200" && operation.Responses.ContainsKey("304"))
            {
                answer.Headers["Content-Disposition"] = Header("attachment, with the file named after the document: report-2022.pdf, plan-2021-2024.docx, report-2025-H1.zip.");
            }
        }
    }

    /// <summary>A HEAD operation: its own id, and each answer's headers without a body.</summary>
    private static void HeadOnly(OpenApiOperation operation)
    {
        operation.OperationId = operation.OperationId is { } id ? id + "-head" : null;
        operation.Summary = (operation.Summary ?? string.Empty) + " (HEAD: the headers only)";
        foreach (var response in operation.Responses!.Values.OfType<OpenApiResponse>())
        {
            response.Content = null;
        }
    }

    /// <summary>The document's own route, GET and HEAD.</summary>
    private static OpenApiPathItem DocumentPath(OpenApiDocument document)
    {
        OpenApiOperation Operation(bool head)
        {
            var operation = new OpenApiOperation
            {
                OperationId = Name,
                Summary = head ? "This document (HEAD: the headers only)" : "This document: OpenAPI 3.1, describing every route, body and error",
                Responses = new OpenApiResponses
                {
                    ["200"] = new OpenApiResponse
                    {
                        Description = "The OpenAPI document.",
                        Content = head ? null : new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "An OpenAPI 3.1 document." } } },
                    },
                },
            };
            Describe(operation, document);
            if (head)
            {
                HeadOnly(operation);
                operation.Summary = "This document (HEAD: the headers only)";
            }

            return operation;
        }

        var path = new OpenApiPathItem();
        path.AddOperation(HttpMethod.Get, Operation(head: false));
        path.AddOperation(HttpMethod.Head, Operation(head: true));
        return path;
    }

    private static OpenApiResponse Problem(OpenApiDocument document, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
        {
            [ServiceResponses.ProblemJson] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
        },
    };

    private static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };

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
