using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zaozersk.Reporting.Sample.Service;
using Zaozersk.Reporting.Tests.Localization;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Service;

/// <summary>
/// Requests as another municipal system, not written in .NET, may send them: empty, with a BOM or
/// broken UTF-8, a Word or PDF file where JSON belongs, another charset or a compressed body, odd query
/// parameters, HEAD and OPTIONS, a wrong method, a Cyrillic address. Each is answered with its status
/// and a problem in our words in the request's language, and the service is left as it was.
/// </summary>
public sealed class ServiceUnusualRequestTests : IClassFixture<ServiceRouteTests.DefaultService>
{
    private static readonly byte[] Seed = File.ReadAllBytes(TestData.SeedJsonPath);

    private readonly ServiceFactory _factory;

    public ServiceUnusualRequestTests(ServiceRouteTests.DefaultService service) => _factory = service.Factory;

    private static HttpRequestMessage Post(string route, HttpContent? content, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = content };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    /// <summary>The problem, checked for the form every one has, and its detail in the language asked for.</summary>
    private static async Task<JsonElement> ProblemIn(HttpResponseMessage response, string language)
    {
        var problem = await ServiceRouteTests.ProblemOf(response);
        var russian = language.StartsWith("ru", StringComparison.Ordinal);
        Assert.Equal(russian ? "ru" : "en", response.Content.Headers.ContentLanguage.Single());
        foreach (var text in new[] { problem.GetProperty("title").GetString()!, problem.GetProperty("detail").GetString()! })
        {
            Assert.Empty(russian ? MessageWords.EnglishIn(text) : MessageWords.RussianIn(text));
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\uFFFD", text, StringComparison.Ordinal);
        }

        return problem;
    }

    private async Task AssertIdleAsync(HttpClient client)
    {
        // Nothing left behind: no render running or waiting, and the next request is served.
        var health = JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement;
        Assert.Equal((0, 0), (health.GetProperty("running").GetInt32(), health.GetProperty("queued").GetInt32()));
        using var render = await client.PostAsync("/api/render?format=docx", ServiceRouteTests.Json(Seed));
        Assert.Equal(HttpStatusCode.OK, render.StatusCode);
        Assert.Equal(await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Docx), await render.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(_factory.LogLines);
    }

    [Theory]
    [InlineData("/api/render", "application/json", "ru-RU,ru;q=0.9")]
    [InlineData("/api/validate", "application/json", "en-GB")]
    [InlineData("/api/init?period=2023", "application/json", "ru-RU,ru;q=0.9")]
    [InlineData("/api/import", "application/octet-stream", "en-GB")]
    [InlineData("/api/render", null, "en-GB")]
    [InlineData("/api/import", null, "ru-RU,ru;q=0.9")]
    public async Task An_empty_body_is_400_empty_body_whatever_its_content_type(string route, string? contentType, string language)
    {
        using var client = _factory.CreateClient();
        var content = new ByteArrayContent([]);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var request = Post(route, content, language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemIn(response, language);
        Assert.Equal("urn:zaozersk-reporting:problem:empty-body", problem.GetProperty("type").GetString());
        Assert.False(problem.TryGetProperty("diagnostics", out _));
        await AssertIdleAsync(client);
    }

    [Fact]
    public async Task Json_with_a_utf8_bom_is_read_as_without_it_to_the_same_bytes_and_positions()
    {
        using var client = _factory.CreateClient();
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Seed];
        using var render = await client.PostAsync("/api/render?format=docx", ServiceRouteTests.Json(withBom));
        Assert.Equal(HttpStatusCode.OK, render.StatusCode);
        Assert.Equal(await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Docx), await render.Content.ReadAsByteArrayAsync());

        using var plain = await client.PostAsync("/api/validate", ServiceRouteTests.Json(Seed));
        using var bom = await client.PostAsync("/api/validate", ServiceRouteTests.Json(withBom));
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await bom.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("ru-RU,ru;q=0.9")]
    [InlineData("en-GB")]
    public async Task Invalid_utf8_is_400_not_json_located_at_the_value(string language)
    {
        using var client = _factory.CreateClient();
        var text = Encoding.UTF8.GetString(Seed);
        var at = text.IndexOf("\"organisation\": \"", StringComparison.Ordinal) + "\"organisation\": \"".Length;
        byte[] broken = [.. Encoding.UTF8.GetBytes(text[..at]), 0xFF, 0xFE, 0xC3, .. Encoding.UTF8.GetBytes(text[at..])];
        using var request = Post("/api/render", ServiceRouteTests.Json(broken), language);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemIn(response, language);
        Assert.Equal("urn:zaozersk-reporting:problem:not-json", problem.GetProperty("type").GetString());
        var encoding = problem.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal(("ZR0001", "$.organisation"), (encoding.GetProperty("code").GetString(), encoding.GetProperty("path").GetString()));
        Assert.Equal(text[..at].Count(c => c == '\n') + 1, encoding.GetProperty("line").GetInt32());
        Assert.Contains("UTF-8", encoding.GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertIdleAsync(client);
    }

    [Theory]
    [InlineData("docx", "/api/render", "ru-RU,ru;q=0.9", "api/import")]
    [InlineData("docx", "/api/validate", "en-GB", "api/import")]
    [InlineData("pdf", "/api/init?period=2023", "en-GB", "JSON")]
    [InlineData("doc", "/api/render", "ru-RU,ru;q=0.9", "api/import")]
    public async Task A_document_sent_as_json_is_400_saying_what_it_is_and_where_it_goes(string kind, string route, string language, string sentTo)
    {
        using var client = _factory.CreateClient();
        var body = kind switch
        {
            "docx" => await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Docx),
            "pdf" => await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Pdf),
            _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]],
        };
        using var request = Post(route, ServiceRouteTests.Json(body), language);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemIn(response, language);
        Assert.Equal("urn:zaozersk-reporting:problem:not-json", problem.GetProperty("type").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(sentTo, detail, StringComparison.Ordinal);
        Assert.Contains(kind == "pdf" ? "PDF" : "Word", detail, StringComparison.Ordinal);

        // The bytes are not quoted back as text: no diagnostics of a "syntax error" in a binary file.
        Assert.False(problem.TryGetProperty("diagnostics", out _));
        await AssertIdleAsync(client);
    }

    [Theory]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "ru-RU,ru;q=0.9")]
    [InlineData("application/octet-stream", "en-GB")]
    public async Task A_word_document_with_its_own_type_or_in_a_form_sent_to_render_is_415_pointing_to_import(string contentType, string language)
    {
        using var client = _factory.CreateClient();
        var docx = await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Docx);
        foreach (var content in new HttpContent[] { ServiceRouteTests.Json(docx, contentType), new MultipartFormDataContent { { new ByteArrayContent(docx), "file", "report.docx" } } })
        {
            using var request = Post("/api/render", content, language);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            var detail = (await ProblemIn(response, language)).GetProperty("detail").GetString()!;
            Assert.Contains("'POST /api/import'", detail, StringComparison.Ordinal);

            // The media type as sent, whole, without the form's boundary.
            Assert.Contains(content is MultipartFormDataContent ? "'multipart/form-data'" : "'" + contentType + "'", detail, StringComparison.Ordinal);
            Assert.DoesNotContain("boundary", detail, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ru-RU,ru;q=0.9")]
    [InlineData("en-GB")]
    public async Task Json_sent_to_import_is_415_saying_it_needs_no_import(string language)
    {
        using var client = _factory.CreateClient();
        using var request = Post("/api/import", ServiceRouteTests.Json(Seed), language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("'POST /api/render'", (await ProblemIn(response, language)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=windows-1251", null, "'windows-1251'", "ru-RU,ru;q=0.9")]
    [InlineData("application/json; charset=utf-16", null, "'utf-16'", "en-GB")]
    [InlineData("application/json", "gzip", "'gzip'", "ru-RU,ru;q=0.9")]
    [InlineData("application/json", "br", "'br'", "en-GB")]
    public async Task Another_charset_or_a_compressed_body_is_415_naming_it(string contentType, string? encoding, string named, string language)
    {
        using var client = _factory.CreateClient();
        byte[] body;
        if (encoding == "gzip")
        {
            using var zipped = new MemoryStream();
            using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(Seed);
            }

            body = zipped.ToArray();
        }
        else
        {
            body = contentType.EndsWith("windows-1251", StringComparison.Ordinal) ? [.. Seed.Where(b => b < 0x80)] : Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Seed));
        }

        var content = ServiceRouteTests.Json(body, contentType);
        if (encoding is not null)
        {
            content.Headers.ContentEncoding.Add(encoding);
        }

        using var request = Post("/api/validate", content, language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var detail = (await ProblemIn(response, language)).GetProperty("detail").GetString()!;
        Assert.Contains(named, detail, StringComparison.Ordinal);
        Assert.Contains(encoding is null ? "UTF-8" : "'Content-Encoding'", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf8_declared_in_any_spelling_is_read()
    {
        using var client = _factory.CreateClient();
        foreach (var contentType in new[] { "application/json; charset=utf-8", "application/json; charset=\"UTF-8\"", "application/json;charset=utf8", "text/json", "application/problem+json" })
        {
            using var response = await client.PostAsync("/api/validate", ServiceRouteTests.Json(Seed, contentType));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/api/render?fromat=docx", "'fromat'", "'format'", "en-GB")]
    [InlineData("/api/render?format=pdf&format=docx", "'format'", "2", "ru-RU,ru;q=0.9")]
    [InlineData("/api/validate?format=pdf", "'format'", null, "en-GB")]
    [InlineData("/api/init?period=2023&perod=2024", "'perod'", "'period'", "ru-RU,ru;q=0.9")]
    [InlineData("/api/render?format=odt", "'odt'", "'zip'", "ru-RU,ru;q=0.9")]
    [InlineData("/api/render?format=", "''", "pdf, docx or zip", "en-GB")]
    public async Task An_unknown_repeated_or_wrong_parameter_is_400_naming_it(string route, string named, string? hint, string language)
    {
        using var client = _factory.CreateClient();
        using var request = Post(route, ServiceRouteTests.Json(Seed), language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemIn(response, language);
        Assert.Equal("urn:zaozersk-reporting:problem:bad-parameter", problem.GetProperty("type").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(named, detail, StringComparison.Ordinal);
        if (hint is not null)
        {
            Assert.Contains(hint, detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_thousand_query_parameters_are_refused_at_the_first_unknown_one_before_any_work()
    {
        using var client = _factory.CreateClient();
        var query = string.Join('&', Enumerable.Range(0, 1000).Select(i => $"p{i}=x"));
        using var response = await client.PostAsync("/api/render?format=pdf&" + query, ServiceRouteTests.Json(Seed));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await ServiceRouteTests.ProblemOf(response)).GetProperty("detail").GetString()!;
        Assert.StartsWith("parameter 'p0' is not known here; this address takes 'format', 'conformance', 'repeatHeader'", detail, StringComparison.Ordinal);
        await AssertIdleAsync(client);
    }

    [Fact]
    public async Task Parameter_names_are_matched_without_regard_to_case()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/api/render?FORMAT=docx", ServiceRouteTests.Json(Seed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Docx), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("ru-RU,ru;q=0.9", "ru")]
    [InlineData("en-GB", "en")]
    [InlineData("en-GB,ru;q=0.9", "en")]
    [InlineData("de-DE,ru;q=0.5", "en")]
    [InlineData("fr;q=0.2,ru-RU;q=0.8", "ru")]
    public async Task Accept_language_picks_the_language_of_every_message_and_the_answer_says_which(string header, string language)
    {
        using var client = _factory.CreateClient();
        var broken = Encoding.UTF8.GetString(Seed).Replace("\"number\": \"1.2\"", "\"number\": \"1.1\"", StringComparison.Ordinal);
        using var request = Post("/api/render", ServiceRouteTests.Json(Encoding.UTF8.GetBytes(broken)), header);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        var problem = await ProblemIn(response, language);
        Assert.All(problem.GetProperty("diagnostics").EnumerateArray(), d =>
            Assert.Empty(language == "ru" ? MessageWords.EnglishIn(d.GetProperty("message").GetString()!) : MessageWords.RussianIn(d.GetProperty("message").GetString()!)));

        using var validate = Post("/api/validate", ServiceRouteTests.Json(Seed), header);
        using var reply = await client.SendAsync(validate);
        Assert.Equal(language, reply.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task Head_on_every_get_route_answers_its_headers_and_on_a_post_route_405()
    {
        using var client = _factory.CreateClient();
        foreach (var route in new[] { "/", "/page.css", "/page.js", "/api/schema", "/health", "/health/ready", "/openapi/v1.json" })
        {
            using var get = await client.GetAsync(route);
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, route));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
            Assert.NotEmpty(head.Headers.GetValues("X-Request-Id").Single());
        }

        using var render = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/render"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, render.StatusCode);
        Assert.Equal(["POST", "OPTIONS"], render.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/api/render", "POST, OPTIONS")]
    [InlineData("/api/import", "POST, OPTIONS")]
    [InlineData("/health", "GET, HEAD, OPTIONS")]
    [InlineData("/", "GET, HEAD, OPTIONS")]
    [InlineData("/openapi/v1.json", "GET, HEAD, OPTIONS")]
    public async Task Options_is_204_with_what_the_address_takes(string route, string allowed)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Options, route));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(allowed, string.Join(", ", response.Content.Headers.Allow));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("GET", "/api/render", "POST, OPTIONS", "ru-RU,ru;q=0.9")]
    [InlineData("DELETE", "/health", "GET, HEAD, OPTIONS", "en-GB")]
    [InlineData("PUT", "/API/Validate/", "POST, OPTIONS", "en-GB")]
    [InlineData("POST", "/openapi/v1.json", "GET, HEAD, OPTIONS", "ru-RU,ru;q=0.9")]
    public async Task A_method_the_address_does_not_take_is_405_problem_with_allow(string method, string route, string allowed, string language)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), route);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allowed, string.Join(", ", response.Content.Headers.Allow));
        var problem = await ProblemIn(response, language);
        Assert.Equal("urn:zaozersk-reporting:problem:method-not-allowed", problem.GetProperty("type").GetString());
        Assert.Contains($"'{method} {route}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/%D0%BE%D1%82%D1%87%D0%B5%D1%82", "/api/отчет", "ru-RU,ru;q=0.9")]
    [InlineData("/%D0%BE%D1%82%D1%87%D0%B5%D1%82/2022", "/отчет/2022", "en-GB")]
    [InlineData("/api/rendr", "/api/rendr", "en-GB")]
    [InlineData("/api/%FF%FE", "/api/%FF%FE", "ru-RU,ru;q=0.9")]
    public async Task An_unknown_address_is_404_problem_naming_it_as_the_client_wrote_it(string sent, string named, string language)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, sent);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await ProblemIn(response, language);
        Assert.Equal("urn:zaozersk-reporting:problem:not-found", problem.GetProperty("type").GetString());
        Assert.Contains($"'GET {named}'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The instance is the address as a URI reference: still %-encoded.
        Assert.Equal(sent, problem.GetProperty("instance").GetString());
    }
}
