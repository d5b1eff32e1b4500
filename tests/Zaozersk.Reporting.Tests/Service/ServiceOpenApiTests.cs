using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zaozersk.Reporting.Sample.Service;

namespace Zaozersk.Reporting.Tests.Service;

/// <summary>
/// The OpenAPI document against the service itself: every endpoint the app maps is in it with each of
/// its methods (and nothing else), each answer's media types are those the route really answers, and
/// every error is problem+json of the one schema.
/// </summary>
public sealed class ServiceOpenApiTests : IClassFixture<ServiceRouteTests.DefaultService>
{
    private readonly ServiceFactory _factory;

    public ServiceOpenApiTests(ServiceRouteTests.DefaultService service) => _factory = service.Factory;

    private static async Task<JsonElement> DocumentAsync(ServiceFactory factory)
    {
        using var client = factory.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(ServiceOpenApi.Route)).RootElement;
    }

    private Task<JsonElement> DocumentAsync() => DocumentAsync(_factory);

    /// <summary>"METHOD /path" for every method of every endpoint the running app maps.</summary>
    private static List<string> MappedRoutes(ServiceFactory factory)
    {
        var routes = new List<string>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            var route = Assert.IsType<RouteEndpoint>(endpoint);
            var path = "/" + route.RoutePattern.RawText!.TrimStart('/');

            // A route without methods answers every method: the document could not say so, so none may exist.
            var methods = route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            Assert.True(methods is { Count: > 0 }, $"{path} answers every method");
            routes.AddRange(methods.Select(m => m.ToUpperInvariant() + " " + path));
        }

        return [.. routes.Order(StringComparer.Ordinal)];
    }

    private static List<string> DescribedRoutes(JsonElement document) =>
        [.. document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => m.Name.ToUpperInvariant() + " " + p.Name))
            .Order(StringComparer.Ordinal)];

    /// <summary>The routes the app answers that its document does not describe, and those it describes that the app does not answer.</summary>
    private static async Task<(List<string> Undescribed, List<string> Unanswered)> CompareAsync(ServiceFactory factory)
    {
        var described = DescribedRoutes(await DocumentAsync(factory));
        var mapped = MappedRoutes(factory);
        return ([.. mapped.Except(described, StringComparer.Ordinal)], [.. described.Except(mapped, StringComparer.Ordinal)]);
    }

    [Fact]
    public async Task Every_route_the_app_maps_is_described_with_each_of_its_methods_and_nothing_else()
    {
        var (undescribed, unanswered) = await CompareAsync(_factory);
        Assert.Empty(undescribed);
        Assert.Empty(unanswered);

        // The routes as the service is meant to answer them: a route added, removed or given another method shows here.
        Assert.Equal(
            [
                "GET /", "GET /api/schema", "GET /health", "GET /health/ready", "GET /openapi/v1.json", "GET /page.css", "GET /page.js",
                "HEAD /", "HEAD /api/schema", "HEAD /health", "HEAD /health/ready", "HEAD /openapi/v1.json", "HEAD /page.css", "HEAD /page.js",
                "POST /api/import", "POST /api/init", "POST /api/render", "POST /api/validate",
            ],
            MappedRoutes(_factory));
    }

    [Fact]
    public async Task A_route_the_generator_cannot_see_is_caught_as_undescribed()
    {
        // A bare request delegate (as the former /api catch-all was) has no API description: the comparison must name it.
        using var factory = new ServiceFactory(moreRoutes: routes => routes.MapGet("/api/hidden", context => Task.CompletedTask));
        var (undescribed, unanswered) = await CompareAsync(factory);
        Assert.Equal(["GET /api/hidden"], undescribed);
        Assert.Empty(unanswered);
    }

    [Fact]
    public async Task The_document_is_valid_openapi_by_the_reference_readers_rules()
    {
        using var client = _factory.CreateClient();
        var text = await client.GetStringAsync(ServiceOpenApi.Route);
        var read = Microsoft.OpenApi.OpenApiDocument.Parse(text, "json");
        Assert.Empty(read.Diagnostic!.Errors.Select(e => e.Pointer + ": " + e.Message));
        Assert.Empty(read.Diagnostic.Warnings.Select(e => e.Pointer + ": " + e.Message));
        Assert.Equal(Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1, read.Diagnostic.SpecificationVersion);

        // The reader does judge: a response without its required description is an error to it.
        var broken = Microsoft.OpenApi.OpenApiDocument.Parse(text.Replace("\"description\": \"The OpenAPI document.\"", "\"x-description\": \"\"", StringComparison.Ordinal), "json");
        Assert.NotEmpty(broken.Diagnostic!.Errors);
    }

    [Fact]
    public async Task Operation_ids_are_unique_and_head_operations_have_no_body()
    {
        var document = await DocumentAsync();
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).ToList();
        var ids = operations.Select(o => o.Value.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

        foreach (var head in operations.Where(o => o.Name == "head"))
        {
            Assert.All(head.Value.GetProperty("responses").EnumerateObject(), r => Assert.False(r.Value.TryGetProperty("content", out _)));
        }
    }

    [Fact]
    public async Task Each_get_route_answers_the_media_type_its_document_entry_says()
    {
        var document = await DocumentAsync();
        using var client = _factory.CreateClient();
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)))
        {
            using var response = await client.GetAsync(path.Name);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var described = path.Value.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name);
            Assert.Contains(response.Content.Headers.ContentType!.MediaType, described);
        }
    }

    [Fact]
    public async Task Every_error_status_is_problem_json_of_the_one_schema_and_every_answer_names_its_request_id()
    {
        var document = await DocumentAsync();
        var errors = new Dictionary<string, string[]>
        {
            ["/api/render"] = ["400", "408", "413", "415", "422", "500", "503"],
            ["/api/validate"] = ["400", "408", "413", "415", "500", "503"],
            ["/api/import"] = ["400", "408", "413", "415", "500", "503"],
            ["/api/init"] = ["400", "408", "413", "415", "422", "500", "503"],
        };
        var paths = document.GetProperty("paths");
        foreach (var (route, statuses) in errors)
        {
            var operation = paths.GetProperty(route).GetProperty("post");
            Assert.True(operation.GetProperty("requestBody").GetProperty("required").GetBoolean());
            Assert.NotEmpty(operation.GetProperty("requestBody").GetProperty("content").EnumerateObject());
            Assert.Equal(statuses, operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).Where(s => s[0] is '4' or '5').Order(StringComparer.Ordinal));
        }

        foreach (var operation in paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).Where(o => o.Name != "head"))
        {
            foreach (var response in operation.Value.GetProperty("responses").EnumerateObject())
            {
                Assert.True(response.Value.GetProperty("headers").TryGetProperty("X-Request-Id", out _));
                if (response.Name[0] is '4' or '5' && response.Name != "503" || response.Name == "500")
                {
                    var problem = response.Value.GetProperty("content").GetProperty("application/problem+json");
                    Assert.Equal("#/components/schemas/ServiceProblem", problem.GetProperty("schema").GetProperty("$ref").GetString());

                    // The description names every kind of problem the status carries.
                    var description = response.Value.GetProperty("description").GetString();
                    Assert.All(ProblemKind.All.Where(k => k.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) == response.Name), k => Assert.Contains(k.Type, description, StringComparison.Ordinal));
                }

                if (response.Name == "503")
                {
                    Assert.True(response.Value.GetProperty("headers").TryGetProperty("Retry-After", out _));
                }
            }
        }

        var problemType = document.GetProperty("components").GetProperty("schemas").GetProperty("ServiceProblem").GetProperty("properties").GetProperty("type");
        Assert.Equal(ProblemKind.All.Select(k => k.Type), problemType.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("integer", document.GetProperty("components").GetProperty("schemas").GetProperty("ServiceProblem").GetProperty("properties").GetProperty("status").GetProperty("type").GetString());
    }

    [Fact]
    public async Task The_bodies_files_parameters_and_the_routing_answers_are_described()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");
        var render = paths.GetProperty("/api/render").GetProperty("post");
        var documents = render.GetProperty("responses").GetProperty("200");
        Assert.Equal(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip"], documents.GetProperty("content").EnumerateObject().Select(c => c.Name));
        Assert.All(documents.GetProperty("content").EnumerateObject(), c => Assert.Equal("binary", c.Value.GetProperty("schema").GetProperty("format").GetString()));
        Assert.True(documents.GetProperty("headers").TryGetProperty("ETag", out _));
        Assert.True(documents.GetProperty("headers").TryGetProperty("Content-Disposition", out _));
        Assert.True(render.GetProperty("responses").GetProperty("304").GetProperty("headers").TryGetProperty("ETag", out _));
        var parameters = render.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Equal(["format", "conformance", "repeatHeader", "X-Request-Id", "Accept-Language", "If-None-Match"], parameters.Keys);
        Assert.Equal(["pdf", "docx", "zip"], parameters["format"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

        Assert.Equal(["multipart/form-data", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream"], paths.GetProperty("/api/import").GetProperty("post").GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal("object", paths.GetProperty("/api/init").GetProperty("post").GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("type").GetString());
        Assert.True(paths.GetProperty("/api/schema").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/schema+json", out _));
        Assert.True(paths.GetProperty(ServiceOpenApi.Route).GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));

        // What routing answers for any address, which no operation can carry, is in the document's description.
        var description = document.GetProperty("info").GetProperty("description").GetString()!;
        Assert.Contains("404", description, StringComparison.Ordinal);
        Assert.Contains("405 with Allow", description, StringComparison.Ordinal);
        Assert.Contains("OPTIONS", description, StringComparison.Ordinal);
        Assert.Contains("HEAD", description, StringComparison.Ordinal);

        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("ServiceProblem").GetProperty("properties").TryGetProperty("diagnostics", out _));
        Assert.True(schemas.GetProperty("DiagnosticReply").GetProperty("properties").TryGetProperty("line", out _));
    }
}
