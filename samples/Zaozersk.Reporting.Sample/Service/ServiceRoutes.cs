using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Packaging;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample.Service;

/// <summary>The service's routes: the same pipeline as the command line, over HTTP.</summary>
internal static class ServiceRoutes
{
    private const string Pdf = "application/pdf";
    private const string Zip = "application/zip";

    // Every GET address answers HEAD too (RFC 9110): the same status and headers, no body.
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    // The query parameters each POST route takes; any other is refused, so a misspelt one is not silently ignored.
    private static readonly string[] RenderParameters = ["format", "conformance", "repeatHeader"];
    private static readonly string[] InitParameters = ["period"];

    /// <summary>Maps every route onto <paramref name="routes"/>.</summary>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/render", RenderAsync)
            .WithName("render")
            .WithSummary("Render a plan or report to PDF, DOCX or both (zip)")
            .WithDescription("The body is the plan or report as the command line reads it (its JSON Schema: GET /api/schema). The answer's bytes are those `zaozersk-report render` writes for the same input and options; its ETag is a hash of them and its Content-Disposition names the file after the document (report-2022.pdf).")
            .WithMetadata(PlanBody("The plan or report to render."))
            .WithMetadata(new ResponseFileDescription("The document: PDF, DOCX, or a zip of both.", Pdf, RequestBody.Docx, Zip))
            .Produces(StatusCodes.Status304NotModified)
            .Problems(400, 408, 413, 415, 422, 500, 503);

        routes.MapPost("/api/validate", ValidateAsync)
            .WithName("validate")
            .WithSummary("Check a plan or report and list what to fix")
            .WithDescription("Every diagnostic with its code, severity, JSON path, line and column, as `zaozersk-report validate` prints them. A body that is not JSON is answered here too (200), with its located syntax error; an empty body, a document that is not text (a .docx, a PDF) or an unknown parameter is 400.")
            .WithMetadata(PlanBody("The plan or report to check; a body that is not JSON gets its located syntax error."))
            .Produces<ValidationReply>(StatusCodes.Status200OK)
            .Problems(400, 408, 413, 415, 500, 503);

        routes.MapPost("/api/import", ImportAsync)
            .WithName("import")
            .WithSummary("Turn a Word plan or report (.docx) into JSON")
            .WithDescription("The document as multipart/form-data (field `file`) or as the body itself (application/vnd.openxmlformats-officedocument.wordprocessingml.document or application/octet-stream). The answer holds the JSON, what was recognised, and the import's warnings; `complete` is false when values listed as errors must be filled in before rendering.")
            .WithMetadata(new RequestBodyDescription("The Word document: the body itself, or the field `file` of a form.", true, RequestBody.Docx, "application/octet-stream", "multipart/form-data"))
            .Produces<ImportReply>(StatusCodes.Status200OK)
            .Problems(400, 408, 413, 415, 500, 503);

        routes.MapPost("/api/init", InitAsync)
            .WithName("init")
            .WithSummary("Start a report from its plan")
            .WithDescription("The body is the plan (JSON); `period` is the report's period: 2025, 2025-H1, 2025-H2, 2025-Q1 … 2025-Q4 or 2025-9M. The answer is the report skeleton, the JSON `zaozersk-report init --from --period` writes.")
            .WithMetadata(PlanBody("The plan (JSON) to start the report from."))
            .WithMetadata(new ResponseJsonDescription("The report skeleton: a report in the format render reads (its JSON Schema: GET /api/schema)."))
            .Produces<JsonElement>(StatusCodes.Status200OK)
            .Problems(400, 408, 413, 415, 422, 500, 503);

        routes.MapMethods("/api/schema", GetAndHead, Schema)
            .WithName("schema")
            .WithSummary("The JSON Schema of the input")
            .WithMetadata(new ResponseJsonDescription("The JSON Schema (draft 2020-12) of the plans and reports the service reads."))
            .Produces<JsonElement>(StatusCodes.Status200OK, "application/schema+json");

        routes.MapMethods("/health", GetAndHead, Live)
            .WithName("live")
            .WithSummary("Liveness: the process answers")
            .Produces<HealthReply>(StatusCodes.Status200OK);

        routes.MapMethods("/health/ready", GetAndHead, ReadyAsync)
            .WithName("ready")
            .WithSummary("Readiness: 200 when a render would be taken now, 503 when the queue is full or the service is stopping")
            .Produces<HealthReply>(StatusCodes.Status200OK)
            .Produces<HealthReply>(StatusCodes.Status503ServiceUnavailable);

        WebPage.Map(routes, GetAndHead);

        // Any other address, or a method an address does not take, is answered by UnroutedRequests (404, 405) in the same form.
    }

    private static RequestBodyDescription PlanBody(string what) =>
        new(what + " The JSON the command line reads: its JSON Schema is at GET /api/schema.", false, "application/json");

    private static RouteHandlerBuilder Problems(this RouteHandlerBuilder route, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            route.Produces<ServiceProblem>(status, ServiceResponses.ProblemJson);
        }

        return route;
    }

    private static Task RenderAsync(HttpContext context, [FromServices] ServiceState state, [FromQuery] string? format, [FromQuery] string? conformance, [FromQuery] string? repeatHeader) =>
        WithinLimitsAsync(context, state, RenderParameters, async token =>
        {
            var formatText = format ?? "pdf";
            var formats = formatText.Trim().ToUpperInvariant() switch
            {
                "PDF" => new[] { OutputFormat.Pdf },
                "DOCX" => [OutputFormat.Docx],
                "ZIP" => [OutputFormat.Docx, OutputFormat.Pdf],
                _ => null,
            };
            if (formats is null)
            {
                await ServiceResponses.ProblemAsync(context, ProblemKind.BadParameter, Localized.Text(
                    $"format {QuotedText.Quote(formatText)}: use pdf, docx or zip (both)",
                    $"параметр 'format' со значением {QuotedText.Quote(formatText)}: укажите 'pdf', 'docx' или 'zip' (оба документа)"));
                return;
            }

            var pdfConformance = Commands.ParseConformance(conformance ?? "pdfa-1b");
            if (pdfConformance is null)
            {
                await ServiceResponses.ProblemAsync(context, ProblemKind.BadParameter, Localized.Text(
                    $"conformance {QuotedText.Quote(conformance!)}: use pdfa-1b, pdfa-2b or none",
                    $"параметр 'conformance' со значением {QuotedText.Quote(conformance!)}: укажите 'pdfa-1b', 'pdfa-2b' или 'none'"));
                return;
            }

            if (!TryParseFlag(repeatHeader, out var repeat))
            {
                await ServiceResponses.ProblemAsync(context, ProblemKind.BadParameter, Localized.Text(
                    $"repeatHeader {QuotedText.Quote(repeatHeader!)}: use true or false",
                    $"параметр 'repeatHeader' со значением {QuotedText.Quote(repeatHeader!)}: укажите 'true' или 'false'"));
                return;
            }

            var document = await LoadJsonAsync(context, state, token);
            if (document is null)
            {
                return;
            }

            // The settings the command line's render builds from its flags, so the bytes are the same.
            var settings = new RenderSettings { TemplateDirectory = state.Settings.TemplateDirectory, RepeatFullHeader = repeat, PdfConformance = pdfConformance };
            var rendered = new List<(OutputFormat Format, byte[] Bytes)>();
            try
            {
                foreach (var output in formats)
                {
                    using var buffer = new MemoryStream();
                    await state.Renderer.RenderAsync(document, output, buffer, settings, token);
                    rendered.Add((output, buffer.ToArray()));
                }
            }
            catch (ReportingException ex)
            {
                await ServiceResponses.ProblemAsync(context, ProblemKind.InvalidDocument, ex.Message);
                return;
            }

            var name = OutputFileName.Of(document);
            var (bytes, contentType, extension) = formats.Length == 1
                ? (rendered[0].Bytes, formats[0] == OutputFormat.Pdf ? Pdf : RequestBody.Docx, DocumentRenderer.Extension(formats[0]))
                : (Archive(name, rendered), Zip, ".zip");
            await WriteFileAsync(context, bytes, contentType, name + extension, token);
        });

    private static Task ValidateAsync(HttpContext context, [FromServices] ServiceState state) =>
        WithinLimitsAsync(context, state, [], async token =>
        {
            if (await ReadJsonAsync(context, state, token) is not { } body)
            {
                return;
            }

            var loaded = await state.Renderer.LoadAsync(body, null, token);
            var errors = loaded.Diagnostics.Count(d => d.IsError);
            var reply = new ValidationReply(
                !loaded.HasErrors,
                errors,
                loaded.Diagnostics.Count - errors,
                loaded.Document is { } document ? DocumentSummary.Of(document) : null,
                DiagnosticReply.From(loaded.Diagnostics));
            await ServiceResponses.JsonAsync(context, StatusCodes.Status200OK, reply, ServiceJsonContext.Replies.ValidationReply, worded: true);
        });

    private static Task ImportAsync(HttpContext context, [FromServices] ServiceState state) =>
        WithinLimitsAsync(context, state, [], async token =>
        {
            if (await RequestBody.IsEmptyAsync(context.Request, token))
            {
                await ServiceResponses.ProblemAsync(context, ProblemKind.EmptyBody, Localized.Text(
                    "the request has no body; send the Word document (.docx) as the body or in the field 'file' of a multipart/form-data form",
                    "в запросе нет содержимого; передайте документ Word («.docx») как тело запроса или в поле 'file' формы multipart/form-data"));
                return;
            }

            if (RequestBody.Compression(context.Request) is { } compression)
            {
                await CompressedAsync(context, compression);
                return;
            }

            MemoryStream? body;
            if (context.Request.HasFormContentType)
            {
                IFormCollection form;
                if (context.Request.ContentLength > state.MaxFormBytes)
                {
                    await TooLargeAsync(context, state);
                    return;
                }

                try
                {
                    form = await context.Request.ReadFormAsync(token);
                }
                catch (InvalidDataException)
                {
                    // The form's own framing (boundaries, section headers) is broken. Its size is bounded by
                    // Kestrel, which counts every byte of the body, so a form too large is 413 before this.
                    await ServiceResponses.ProblemAsync(context, ProblemKind.NotDocx, Localized.Text(
                        "the form cannot be read: send the Word document in the field 'file' of a multipart/form-data form",
                        "форму не удается прочитать: передайте документ Word в поле 'file' формы multipart/form-data"));
                    return;
                }
                catch (IOException ex) when (ex is not (BadHttpRequestException or Microsoft.AspNetCore.Connections.ConnectionResetException) && !context.RequestAborted.IsCancellationRequested)
                {
                    // The body ended before the form's closing boundary.
                    await ServiceResponses.ProblemAsync(context, ProblemKind.NotDocx, Localized.Text(
                        "the form ends before its closing boundary: send the Word document in the field 'file' of a complete multipart/form-data form",
                        "форма обрывается, не дойдя до завершающей границы: передайте документ Word в поле 'file' полной формы multipart/form-data"));
                    return;
                }

                var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
                if (file is null)
                {
                    await ServiceResponses.ProblemAsync(context, ProblemKind.NotDocx, Localized.Text(
                        "the form has no file: send the Word document in the field 'file'",
                        "в форме нет файла: передайте документ Word в поле 'file'"));
                    return;
                }

                await using var stream = file.OpenReadStream();
                body = await RequestBody.ReadAsync(stream, file.Length, state.MaxInputBytes, token);
            }
            else if (RequestBody.IsDocx(context.Request))
            {
                body = await RequestBody.ReadAsync(context.Request.Body, context.Request.ContentLength, state.MaxInputBytes, token);
            }
            else
            {
                await UnsupportedAsync(context, $"multipart/form-data, {RequestBody.Docx} {Localized.Text("or", "или")} application/octet-stream", RequestBody.IsJson(context.Request)
                    ? Localized.Text(
                        "; a plan or report in JSON needs no import: send it to 'POST /api/validate' or 'POST /api/render'",
                        "; план или отчет в формате JSON импортировать не нужно: передайте его в 'POST /api/validate' или 'POST /api/render'")
                    : string.Empty);
                return;
            }

            if (body is null)
            {
                await TooLargeAsync(context, state);
                return;
            }

            ImportResult imported;
            await using (body)
            {
                imported = await state.Importer.ImportAsync(body, null, token);
            }

            if (imported.Document is not { } document)
            {
                await ServiceResponses.ProblemAsync(
                    context,
                    ProblemKind.NotDocx,
                    Localized.Text("nothing could be imported from this file; see the diagnostics", "из этого файла ничего не удалось взять; смотрите сообщения"),
                    imported.Diagnostics);
                return;
            }

            using var json = JsonDocument.Parse(PlanDocumentJson.Serialize(document));
            var reply = new ImportReply(!imported.HasErrors, DocumentSummary.Of(document), json.RootElement.Clone(), DiagnosticReply.From(imported.Diagnostics));
            await ServiceResponses.JsonAsync(context, StatusCodes.Status200OK, reply, ServiceJsonContext.Replies.ImportReply, worded: true);
        });

    private static Task InitAsync(HttpContext context, [FromServices] ServiceState state, [FromQuery] string? period) =>
        WithinLimitsAsync(context, state, InitParameters, async token =>
        {
            if (!ReportSkeleton.TryParsePeriod(period, out var reportPeriod))
            {
                var given = QuotedText.Quote(period ?? string.Empty);
                await ServiceResponses.ProblemAsync(context, ProblemKind.BadParameter, Localized.Text(
                    $"period {given}: use {ImportCommands.PeriodForms}",
                    $"параметр 'period' со значением {given}: укажите {ImportCommands.PeriodForms}"));
                return;
            }

            var plan = await LoadJsonAsync(context, state, token);
            if (plan is null)
            {
                return;
            }

            var report = ReportSkeleton.FromPlan(plan, reportPeriod);

            // An empty execution is the point of a skeleton: only errors (a period outside the plan …) refuse it, as in init.
            var errors = state.Renderer.Validate(report).Where(d => d.IsError).ToList();
            if (errors.Count > 0)
            {
                await ServiceResponses.ProblemAsync(context, ProblemKind.InvalidDocument, Localized.Text(
                    "the report cannot be started from this plan for this period; see the diagnostics",
                    "по этому плану нельзя начать отчет за этот период; смотрите сообщения"), errors);
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(PlanDocumentJson.Serialize(report));
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, token);
        });

    private static IResult Schema() => Results.Text(PlanDocumentJson.Schema, "application/schema+json; charset=utf-8", Encoding.UTF8);

    private static Task Live(HttpContext context, [FromServices] ServiceState state) =>
        ServiceResponses.JsonAsync(context, StatusCodes.Status200OK, Health(state, "live"), ServiceJsonContext.Replies.HealthReply);

    private static Task ReadyAsync(HttpContext context, [FromServices] ServiceState state)
    {
        var full = state.Queue.Running >= state.Settings.MaxConcurrentRenders && state.Queue.Queued >= state.Settings.MaxQueuedRenders;
        var status = state.Stopping ? "stopping" : full ? "busy" : "ready";
        if (status != "ready")
        {
            context.Response.Headers.RetryAfter = "1";
        }

        return ServiceResponses.JsonAsync(context, status == "ready" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, Health(state, status), ServiceJsonContext.Replies.HealthReply);
    }

    private static HealthReply Health(ServiceState state, string status) =>
        new(status, typeof(DocumentRenderer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0", state.Queue.Running, state.Queue.Queued);

    /// <summary>
    /// Runs a request's work in its turn of the render queue, within the request's time limit, and
    /// cancelled when the client goes away: a full queue is 503 at once with Retry-After, a time limit
    /// passed is 503, a client gone is nothing more to answer. A query parameter the route does not
    /// take (<paramref name="parameters"/>), or one given twice, is 400 before the request takes a turn.
    /// </summary>
    private static async Task WithinLimitsAsync(HttpContext context, ServiceState state, string[] parameters, Func<CancellationToken, Task> work)
    {
        if (state.Stopping)
        {
            await ServiceResponses.ProblemAsync(context, ProblemKind.Stopping, Localized.Text("the service is stopping; send the request again to a running one", "служба останавливается; отправьте запрос еще раз, когда она снова будет запущена"), retryAfter: TimeSpan.FromSeconds(5));
            return;
        }

        if (QueryProblem(context.Request.Query, parameters) is { } wrong)
        {
            await ServiceResponses.ProblemAsync(context, ProblemKind.BadParameter, wrong);
            return;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        limit.CancelAfter(state.Settings.RequestTimeout);
        try
        {
            using var turn = await state.Queue.WaitForTurnAsync(limit.Token);
            if (!turn.IsAcquired)
            {
                await ServiceResponses.ProblemAsync(context, ProblemKind.Busy, Localized.Text(
                    $"{Counted.Number(state.Settings.MaxConcurrentRenders)} renders are running and {Counted.Number(state.Settings.MaxQueuedRenders)} are waiting, the most the service takes; send the request again in a moment",
                    $"одновременно оформляется документов: {Counted.Number(state.Settings.MaxConcurrentRenders)}, и еще {Counted.Number(state.Settings.MaxQueuedRenders)} ждут очереди — больше служба не принимает; повторите запрос чуть позже"), retryAfter: TimeSpan.FromSeconds(1));
                return;
            }

            if (state.Settings.OnTurn is { } onTurn)
            {
                await onTurn(limit.Token);
            }

            await work(limit.Token);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: its work is dropped, and there is no one to answer.
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            await ServiceResponses.ProblemAsync(context, ProblemKind.TimedOut, Localized.Text(
                $"the request took longer than {Counted.Number((long)state.Settings.RequestTimeout.TotalSeconds)} s, the service's time limit",
                $"запрос выполнялся дольше {Counted.Number((long)state.Settings.RequestTimeout.TotalSeconds)} с — предельного времени службы"), retryAfter: TimeSpan.FromSeconds(1));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLargeAsync(context, state);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status408RequestTimeout && !context.RequestAborted.IsCancellationRequested)
        {
            // Kestrel's minimum data rate (ServiceSettings.MinBodyBytesPerSecond after a grace): a stalled client does not hold a turn.
            await ServiceResponses.ProblemAsync(context, ProblemKind.TooSlow, Localized.Text(
                $"the body came in slower than {Counted.Number(ServiceSettings.MinBodyBytesPerSecond)} bytes a second, the least the service waits for; send the request again",
                $"тело запроса передавалось медленнее {Counted.Number(ServiceSettings.MinBodyBytesPerSecond)} байт в секунду — медленнее, чем служба готова ждать; отправьте запрос еще раз"));
        }
        catch (BadHttpRequestException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // Kestrel could not take the body as HTTP frames it: broken chunks, or fewer bytes than declared before the client stopped sending.
            await ServiceResponses.ProblemAsync(context, ProblemKind.BrokenBody, Localized.Text(
                "the body was not sent as HTTP requires (its chunked coding is broken, or it has fewer bytes than its 'Content-Length'); send the request again",
                "тело запроса передано с нарушением правил HTTP (неверно разбито на части или в нем меньше байтов, чем указано в 'Content-Length'); отправьте запрос еще раз"));
        }
    }

    /// <summary>What is wrong with the query: a parameter the route does not take, or one given more than once; null when nothing is.</summary>
    private static string? QueryProblem(IQueryCollection query, string[] parameters)
    {
        foreach (var (name, values) in query)
        {
            var given = QuotedText.Quote(name);
            if (!parameters.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var nearest = NameSuggester.Nearest(name, parameters);
                var takes = parameters.Length == 0
                    ? Localized.Text("this address takes no parameters", "этот адрес не принимает параметров")
                    : Localized.Text("this address takes ", "этот адрес принимает ") + string.Join(", ", parameters.Select(QuotedText.Quote));
                return nearest is null
                    ? Localized.Text($"parameter {given} is not known here; {takes}", $"параметр {given} здесь неизвестен; {takes}")
                    : Localized.Text($"parameter {given} is not known here (did you mean {QuotedText.Quote(nearest)}?); {takes}", $"параметр {given} здесь неизвестен (возможно, имелся в виду {QuotedText.Quote(nearest)}); {takes}");
            }

            if (values.Count > 1)
            {
                return Localized.Text(
                    $"parameter {given} is given {Counted.Noun(values.Count, "time", "times", "раз", "раза", "раз")}; give it once",
                    $"параметр {given} указан {Counted.Noun(values.Count, "time", "times", "раз", "раза", "раз")}; укажите его один раз");
            }
        }

        return null;
    }

    /// <summary>
    /// The JSON body, or null when an answer has been written: 400 when the body is empty or a document
    /// rather than text, 415 for another content type, a declared charset other than UTF-8 or a
    /// compressed body, 413 past the input size limit.
    /// </summary>
    private static async Task<MemoryStream?> ReadJsonAsync(HttpContext context, ServiceState state, CancellationToken token)
    {
        var request = context.Request;
        if (await RequestBody.IsEmptyAsync(request, token))
        {
            await EmptyJsonAsync(context);
            return null;
        }

        if (RequestBody.Compression(request) is { } compression)
        {
            await CompressedAsync(context, compression);
            return null;
        }

        if (!RequestBody.IsJson(request))
        {
            var word = request.HasFormContentType || RequestBody.IsDocx(request);
            await UnsupportedAsync(context, "application/json", word
                ? Localized.Text("; a Word document is first turned into JSON by 'POST /api/import'", "; документ Word сначала переводится в JSON адресом 'POST /api/import'")
                : string.Empty);
            return null;
        }

        if (RequestBody.ForeignCharset(request) is { } charset)
        {
            await ServiceResponses.ProblemAsync(context, ProblemKind.UnsupportedMediaType, Localized.Text(
                $"the body is declared as {QuotedText.Quote(charset)}; JSON is read in UTF-8 only: send it in UTF-8 ('Content-Type: application/json; charset=utf-8')",
                $"тело запроса объявлено в кодировке {QuotedText.Quote(charset)}; JSON принимается только в кодировке UTF-8: передайте его в UTF-8 ('Content-Type: application/json; charset=utf-8')"));
            return null;
        }

        var body = await RequestBody.ReadAsync(request.Body, request.ContentLength, state.MaxInputBytes, token);
        if (body is null)
        {
            await TooLargeAsync(context, state);
            return null;
        }

        if (body.Length == 0)
        {
            await EmptyJsonAsync(context);
            return null;
        }

        if (RequestBody.BinaryKindOf(body) is { } kind)
        {
            await ServiceResponses.ProblemAsync(context, ProblemKind.NotJson, kind switch
            {
                BinaryKind.Zip => Localized.Text(
                    "the body is a Word document (.docx) or another ZIP archive, not JSON; a Word document is turned into JSON by 'POST /api/import'",
                    "тело запроса — документ Word («.docx») или другой ZIP-архив, а не JSON; документ Word переводится в JSON адресом 'POST /api/import'"),
                BinaryKind.Pdf => Localized.Text(
                    "the body is a PDF document, not JSON; send the plan or report as JSON",
                    "тело запроса — документ PDF, а не JSON; передайте план или отчет в формате JSON"),
                _ => Localized.Text(
                    "the body is a Word 97–2003 document (.doc), not JSON; save it as .docx in Word and send it to 'POST /api/import'",
                    "тело запроса — документ Word 97–2003 («.doc»), а не JSON; сохраните его в Word в формате «.docx» и передайте в 'POST /api/import'"),
            });
            return null;
        }

        return body;
    }

    private static Task EmptyJsonAsync(HttpContext context) => ServiceResponses.ProblemAsync(context, ProblemKind.EmptyBody, Localized.Text(
        "the request has no body; send the plan or report as JSON ('Content-Type: application/json')",
        "в запросе нет содержимого; передайте план или отчет в формате JSON ('Content-Type: application/json')"));

    private static Task CompressedAsync(HttpContext context, (string Coding, string Header) compression) => ServiceResponses.ProblemAsync(context, ProblemKind.UnsupportedMediaType, Localized.Text(
        $"the body is compressed ({QuotedText.Quote(compression.Coding)}); the service reads bodies uncompressed: send it without {QuotedText.Quote(compression.Header)}",
        $"тело запроса сжато ({QuotedText.Quote(compression.Coding)}); служба принимает его только несжатым: передайте его без заголовка {QuotedText.Quote(compression.Header)}"));

    /// <summary>
    /// The document in the JSON body, or null when an answer has been written: 400 when the body is
    /// not JSON (its syntax or encoding), 422 when it is JSON with errors, each with the diagnostics.
    /// </summary>
    private static async Task<PlanDocument?> LoadJsonAsync(HttpContext context, ServiceState state, CancellationToken token)
    {
        if (await ReadJsonAsync(context, state, token) is not { } body)
        {
            return null;
        }

        LoadResult loaded;
        await using (body)
        {
            loaded = await state.Renderer.LoadAsync(body, null, token);
        }

        if (!loaded.HasErrors && loaded.Document is { } document)
        {
            return document;
        }

        var errors = loaded.Diagnostics.Count(d => d.IsError);
        if (loaded.Document is null && loaded.Diagnostics.Any(d => d.Code == DiagnosticCodes.InvalidJson))
        {
            await ServiceResponses.ProblemAsync(context, ProblemKind.NotJson, Localized.Text(
                "the body cannot be read as JSON; the diagnostics say where",
                "тело запроса не читается как JSON; где ошибка — указано в сообщениях"), loaded.Diagnostics);
        }
        else
        {
            await ServiceResponses.ProblemAsync(context, ProblemKind.InvalidDocument, Localized.Text(
                $"the document has {Counted.Noun(errors, "error", "errors", "ошибка", "ошибки", "ошибок")} to fix before it can be rendered; the diagnostics say where",
                $"в документе есть ошибки ({Counted.Number(errors)}), их нужно исправить, прежде чем оформлять документ; где они — указано в сообщениях"), loaded.Diagnostics);
        }

        return null;
    }

    private static Task UnsupportedAsync(HttpContext context, string accepted, string hint = "")
    {
        var type = RequestBody.QuotedMediaTypeOf(context.Request);
        return ServiceResponses.ProblemAsync(context, ProblemKind.UnsupportedMediaType, type is null
            ? Localized.Text($"the body is sent without 'Content-Type'; send it as {accepted}{hint}", $"тело запроса передано без заголовка 'Content-Type'; передайте его как {accepted}{hint}")
            : Localized.Text($"the body is sent as {type}; send it as {accepted}{hint}", $"тело запроса передано как {type}; передайте его как {accepted}{hint}"));
    }

    private static Task TooLargeAsync(HttpContext context, ServiceState state) => ServiceResponses.ProblemAsync(context, ProblemKind.TooLarge, Localized.Text(
        $"the body is larger than the input size limit of {BoundedInput.Describe(state.MaxInputBytes)}; the service's --max-input-size raises it",
        $"тело запроса больше предельного размера входного файла ({BoundedInput.Describe(state.MaxInputBytes)}); его увеличивает ключ службы --max-input-size"));

    private static async Task WriteFileAsync(HttpContext context, byte[] bytes, string contentType, string fileName, CancellationToken token)
    {
        var entityTag = ServiceResponses.EntityTag(bytes);
        context.Response.Headers.ETag = entityTag;
        context.Response.Headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        if (ServiceResponses.ClientHas(context.Request, entityTag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, token);
    }

    /// <summary>Both files in one archive, written by the library's canonical ZIP writer so the same documents give the same bytes (and ETag) on every machine.</summary>
    private static byte[] Archive(string name, List<(OutputFormat Format, byte[] Bytes)> rendered)
    {
        var zip = new CanonicalZip();
        foreach (var (format, bytes) in rendered)
        {
            zip.Add(name + DocumentRenderer.Extension(format), bytes);
        }

        return zip.ToArchive().ToArray();
    }

    private static bool TryParseFlag(string? text, out bool? value)
    {
        value = text?.Trim().ToUpperInvariant() switch
        {
            null => null,
            "TRUE" or "1" or "YES" => true,
            "FALSE" or "0" or "NO" => false,
            _ => null,
        };
        return text is null || value is not null;
    }
}
