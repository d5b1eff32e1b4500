using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Model.Json;
using Zaozersk.Reporting.Sample.Service;
using Zaozersk.Reporting.Tests.Localization;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Service;

/// <summary>
/// Every route of the service and every error status, in process (WebApplicationFactory): the seed
/// report and documents made from it, the bytes compared with the library's own render.
/// </summary>
public sealed class ServiceRouteTests : IClassFixture<ServiceRouteTests.DefaultService>
{
    private static readonly byte[] Seed = File.ReadAllBytes(TestData.SeedJsonPath);

    private readonly DefaultService _service;

    public ServiceRouteTests(DefaultService service) => _service = service;

    /// <summary>One service with the default settings for the tests that need no others.</summary>
    public sealed class DefaultService : IDisposable
    {
        public ServiceFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    internal static ByteArrayContent Json(byte[] body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    internal static async Task<byte[]> LibraryRenderAsync(OutputFormat format, byte[]? json = null)
    {
        var renderer = new DocumentRenderer();
        var loaded = await renderer.LoadAsync(new MemoryStream(json ?? Seed));
        using var output = new MemoryStream();
        await renderer.RenderAsync(loaded.Document!, format, output);
        return output.ToArray();
    }

    internal static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("urn:zaozersk-reporting:problem:", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at Zaozersk.", problem.ToString(), StringComparison.Ordinal);
        return problem;
    }

    [Theory]
    [InlineData("pdf", OutputFormat.Pdf, "application/pdf", "report-2022.pdf")]
    [InlineData("docx", OutputFormat.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "report-2022.docx")]
    public async Task Render_answers_the_librarys_bytes_with_an_etag_of_them_and_a_file_name_from_the_document(string format, OutputFormat output, string contentType, string fileName)
    {
        using var client = _service.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/render?format=" + format) { Content = Json(Seed) };
        request.Headers.Add("X-Request-Id", "test-render-1");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(await LibraryRenderAsync(output), bytes);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition.DispositionType);
        Assert.Equal("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes)) + "\"", response.Headers.ETag!.Tag);
        Assert.Equal("test-render-1", response.Headers.GetValues("X-Request-Id").Single());
    }

    [Fact]
    public async Task Render_as_zip_holds_both_documents_byte_for_byte_and_the_same_etag_is_not_modified()
    {
        using var client = _service.Factory.CreateClient();
        using var response = await client.PostAsync("/api/render?format=zip", Json(Seed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("report-2022.zip", response.Content.Headers.ContentDisposition!.FileName);
        var archive = await response.Content.ReadAsByteArrayAsync();
        using (var zip = new ZipArchive(new MemoryStream(archive)))
        {
            Assert.Equal(["report-2022.docx", "report-2022.pdf"], zip.Entries.Select(e => e.FullName));
            foreach (var (entry, format) in new[] { ("report-2022.docx", OutputFormat.Docx), ("report-2022.pdf", OutputFormat.Pdf) })
            {
                using var copy = new MemoryStream();
                await using (var stream = zip.GetEntry(entry)!.Open())
                {
                    await stream.CopyToAsync(copy);
                }

                Assert.Equal(await LibraryRenderAsync(format), copy.ToArray());
            }
        }

        // The same input again: the same bytes, so a client holding them is told so.
        using var again = new HttpRequestMessage(HttpMethod.Post, "/api/render?format=zip") { Content = Json(Seed) };
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("none", PdfConformance.None)]
    [InlineData("pdfa-2b", PdfConformance.PdfA2b)]
    public async Task Render_with_a_conformance_equals_the_librarys_pdf(string name, PdfConformance conformance)
    {
        using var client = _service.Factory.CreateClient();
        using var response = await client.PostAsync($"/api/render?format=pdf&conformance={name}&repeatHeader=true", Json(Seed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var renderer = new DocumentRenderer();
        var loaded = await renderer.LoadAsync(new MemoryStream(Seed));
        using var expected = new MemoryStream();
        await renderer.RenderAsync(loaded.Document!, OutputFormat.Pdf, expected, new RenderSettings { PdfConformance = conformance, RepeatFullHeader = true });
        Assert.Equal(expected.ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400_with_the_located_syntax_error()
    {
        using var client = _service.Factory.CreateClient();
        var broken = Encoding.UTF8.GetBytes("{\n  \"kind\": \"report\",,\n}");
        using var response = await client.PostAsync("/api/render", Json(broken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Equal("urn:zaozersk-reporting:problem:not-json", problem.GetProperty("type").GetString());
        Assert.Equal("/api/render", problem.GetProperty("instance").GetString());
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), problem.GetProperty("requestId").GetString());
        var diagnostic = problem.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("ZR0001", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(20, diagnostic.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task A_document_with_errors_is_422_with_each_error_at_its_json_path_line_and_column()
    {
        using var client = _service.Factory.CreateClient();
        var text = Encoding.UTF8.GetString(Seed).Replace("\"number\": \"1.2\"", "\"number\": \"1.1\"", StringComparison.Ordinal);
        using var response = await client.PostAsync("/api/render", Json(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ProblemOf(response);
        var error = problem.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal("ZR0103", error.GetProperty("code").GetString());
        Assert.Equal("$.sections[0].items[1].number", error.GetProperty("path").GetString());
        var expected = (await new DocumentRenderer().LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)))).Diagnostics.First(d => d.IsError);
        Assert.Equal(expected.Position!.Value.Line, error.GetProperty("line").GetInt32());
        Assert.Equal(expected.Position!.Value.Column, error.GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData("/api/render", "text/plain")]
    [InlineData("/api/validate", "application/x-www-form-urlencoded")]
    [InlineData("/api/init?period=2023", "application/xml")]
    [InlineData("/api/import", "application/json")]
    public async Task A_wrong_content_type_is_415(string route, string contentType)
    {
        using var client = _service.Factory.CreateClient();
        using var response = await client.PostAsync(route, Json(Seed, contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Contains(contentType, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format=html", "format")]
    [InlineData("conformance=pdfa-2", "conformance")]
    [InlineData("repeatHeader=maybe", "repeatHeader")]
    public async Task A_wrong_parameter_is_400_naming_it(string query, string name)
    {
        using var client = _service.Factory.CreateClient();
        using var response = await client.PostAsync("/api/render?" + query, Json(Seed));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Equal("urn:zaozersk-reporting:problem:bad-parameter", problem.GetProperty("type").GetString());
        Assert.StartsWith(name, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_past_the_input_size_limit_is_413_declared_or_not(bool declared)
    {
        using var factory = new ServiceFactory(new ServiceSettings { Limits = options => options.MaxInputBytes = 10_000 });
        using var client = factory.CreateClient();
        HttpContent content = declared ? Json(Seed) : new StreamContent(new MemoryStream(Seed));
        if (!declared)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await client.PostAsync("/api/render", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Equal("urn:zaozersk-reporting:problem:too-large", problem.GetProperty("type").GetString());
        content.Dispose();
    }

    [Fact]
    public async Task Validate_lists_the_seeds_four_warnings_with_line_and_column_in_the_requests_language()
    {
        using var client = _service.Factory.CreateClient();
        using var english = await client.PostAsync("/api/validate", Json(Seed));
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        var reply = JsonDocument.Parse(await english.Content.ReadAsStringAsync()).RootElement;
        Assert.True(reply.GetProperty("valid").GetBoolean());
        Assert.Equal(4, reply.GetProperty("warnings").GetInt32());
        Assert.Equal(50, reply.GetProperty("document").GetProperty("measures").GetInt32());
        var first = reply.GetProperty("diagnostics")[0];
        Assert.Equal(("ZR0143", "$.sections[2].items[2].execution", 321, 11), (first.GetProperty("code").GetString(), first.GetProperty("path").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()));
        Assert.Empty(MessageWords.RussianIn(first.GetProperty("message").GetString()!));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = Json(Seed) };
        request.Headers.AcceptLanguage.ParseAdd("ru-RU,ru;q=0.9,en;q=0.8");
        using var russian = await client.SendAsync(request);
        var ru = JsonDocument.Parse(await russian.Content.ReadAsStringAsync()).RootElement;
        var message = ru.GetProperty("diagnostics")[0].GetProperty("message").GetString()!;
        Assert.Contains("мероприятия 3.3", message, StringComparison.Ordinal);
        Assert.Empty(MessageWords.EnglishIn(message));
        Assert.Empty(MessageWords.EnglishIn(ru.GetProperty("document").GetProperty("description").GetString()!));
    }

    [Fact]
    public async Task Problems_are_in_russian_for_a_russian_client_and_in_english_otherwise()
    {
        using var client = _service.Factory.CreateClient();
        var requests = new (string Route, byte[] Body, string ContentType)[]
        {
            ("/api/render", Encoding.UTF8.GetBytes("[1,,]"), "application/json"),
            ("/api/render?format=html", Seed, "application/json"),
            ("/api/render?conformance=x", Seed, "application/json"),
            ("/api/render?repeatHeader=x", Seed, "application/json"),
            ("/api/init?period=x", Seed, "application/json"),
            ("/api/render", Seed, "text/plain"),
            ("/api/import", Seed, "application/json"),
            ("/api/import", Seed, "application/octet-stream"),
            ("/api/nothing", Seed, "application/json"),
        };
        foreach (var (language, russian) in new[] { ("ru", true), ("en-US", false), ("de, ru;q=0.5", false) })
        {
            foreach (var (route, body, contentType) in requests)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = Json(body, contentType) };
                request.Headers.AcceptLanguage.ParseAdd(language);
                using var response = await client.SendAsync(request);
                var problem = await ProblemOf(response);
                var texts = new List<string> { problem.GetProperty("title").GetString()!, problem.GetProperty("detail").GetString()! };
                if (problem.TryGetProperty("diagnostics", out var diagnostics))
                {
                    texts.AddRange(diagnostics.EnumerateArray().Select(d => d.GetProperty("message").GetString()!));
                }

                foreach (var text in texts)
                {
                    Assert.True((russian ? MessageWords.EnglishIn(text) : MessageWords.RussianIn(text)).Count == 0, $"{language} {route}: {text}");
                }
            }
        }
    }

    [Fact]
    public async Task Import_takes_a_word_document_as_a_form_or_as_the_body_and_answers_its_json_and_warnings()
    {
        var docx = await LibraryRenderAsync(OutputFormat.Docx);
        using var client = _service.Factory.CreateClient();

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(docx);
        file.Headers.ContentType = new MediaTypeHeaderValue(RequestBody.Docx);
        form.Add(file, "file", "report-2022.docx");
        using var fromForm = await client.PostAsync("/api/import", form);
        using var fromBody = await client.PostAsync("/api/import", Json(docx, RequestBody.Docx));

        foreach (var response in new[] { fromForm, fromBody })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var summary = reply.GetProperty("summary");
            Assert.Equal(("report", 9, 50), (summary.GetProperty("kind").GetString(), summary.GetProperty("sections").GetInt32(), summary.GetProperty("measures").GetInt32()));
            var expected = await new DocumentImporter().ImportAsync(new MemoryStream(docx));
            Assert.Equal(PlanDocumentJson.Serialize(expected.Document!), PlanDocumentJson.Serialize(PlanDocumentJson.Parse(reply.GetProperty("document").GetRawText()).Document!));
            Assert.Equal(expected.Diagnostics.Select(d => d.Code), reply.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
            Assert.Equal(!expected.HasErrors, reply.GetProperty("complete").GetBoolean());
        }
    }

    [Fact]
    public async Task Import_of_a_file_that_is_not_a_word_document_is_400_with_the_importers_diagnostics()
    {
        using var client = _service.Factory.CreateClient();
        using var response = await client.PostAsync("/api/import", Json(Seed, "application/octet-stream"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Equal("urn:zaozersk-reporting:problem:not-docx", problem.GetProperty("type").GetString());
        Assert.NotEmpty(problem.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task A_broken_form_is_400_and_a_form_past_the_input_size_limit_is_413()
    {
        using var client = _service.Factory.CreateClient();
        using var broken = new ByteArrayContent(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\nPK"));
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        using var response = await client.PostAsync("/api/import", broken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("urn:zaozersk-reporting:problem:not-docx", (await ProblemOf(response)).GetProperty("type").GetString());

        using var factory = new ServiceFactory(new ServiceSettings { Limits = options => options.MaxInputBytes = 10_000 });
        using var small = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await LibraryRenderAsync(OutputFormat.Docx)), "file", "report-2022.docx" } };
        using var tooLarge = await small.PostAsync("/api/import", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("urn:zaozersk-reporting:problem:too-large", (await ProblemOf(tooLarge)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Init_answers_the_report_skeleton_init_from_writes_and_refuses_a_wrong_period()
    {
        using var client = _service.Factory.CreateClient();
        using var response = await client.PostAsync("/api/init?period=2023-H1", Json(Seed));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(ReportSkeleton.TryParsePeriod("2023-H1", out var period));
        var plan = (await new DocumentRenderer().LoadAsync(new MemoryStream(Seed))).Document!;
        Assert.Equal(PlanDocumentJson.Serialize(ReportSkeleton.FromPlan(plan, period)), await response.Content.ReadAsStringAsync());

        using var wrong = await client.PostAsync("/api/init?period=2023-H3", Json(Seed));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.StartsWith("period '2023-H3'", (await ProblemOf(wrong)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A period outside the plan's years: the skeleton has errors.
        using var outside = await client.PostAsync("/api/init?period=2030", Json(Seed));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.NotEmpty((await ProblemOf(outside)).GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Schema_health_readiness_page_and_unknown_routes()
    {
        using var client = _service.Factory.CreateClient();
        Assert.Equal(PlanDocumentJson.Schema, await client.GetStringAsync("/api/schema"));

        var live = JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement;
        Assert.Equal("live", live.GetProperty("status").GetString());
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        using var page = await client.GetAsync("/");
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ru\">", html, StringComparison.Ordinal);
        Assert.Contains("Скачать PDF", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("api/render", await client.GetStringAsync("/page.js"), StringComparison.Ordinal);
        Assert.Contains("focus-visible", await client.GetStringAsync("/page.css"), StringComparison.Ordinal);

        using var unknown = await client.GetAsync("/api/rendr");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("urn:zaozersk-reporting:problem:not-found", (await ProblemOf(unknown)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Each_request_gets_one_log_line_with_method_route_status_and_its_id()
    {
        using var factory = new ServiceFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/validate") { Content = Json(Seed) };
        request.Headers.Add("X-Request-Id", "log-line-check");
        using var response = await client.SendAsync(request);
        using var made = await client.GetAsync("/health");
        var id = made.Headers.GetValues("X-Request-Id").Single();

        Assert.Equal(32, id.Length);
        var lines = factory.LogLines.ToList();
        Assert.Equal(2, lines.Count);
        Assert.Matches(@"^POST /api/validate 200 \d+\.\d ms \d+ B id=log-line-check$", lines[0]);
        Assert.Matches(@"^GET /health 200 \d+\.\d ms \d+ B id=" + id + "$", lines[1]);
    }
}
