using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Zaozersk.Reporting.Sample.Service;

namespace Zaozersk.Reporting.Tests.Service;

/// <summary>
/// The service as <c>serve</c> builds it (Kestrel on loopback, the real host's pipeline), spoken to in
/// raw HTTP/1.1 as curl or another system's client writes it: what only the wire shows — a chunked body
/// with no length, HEAD without a body, routing's answers in the real host.
/// </summary>
public sealed class ServiceWireTests : IAsyncLifetime
{
    private const long Limit = 20_000;

    private WebApplication? _app;
    private Uri? _address;

    public async Task InitializeAsync()
    {
        _app = ReportService.Build(new ServiceSettings { Port = 0, Limits = options => options.MaxInputBytes = Limit, SlowBodyGrace = TimeSpan.FromSeconds(1.5) });
        await _app.StartAsync();
        _address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>Sends <paramref name="head"/> and then <paramref name="body"/> (as it is: chunks are the caller's), and reads the whole answer until the server closes or goes quiet.</summary>
    private async Task<string> ExchangeAsync(string head, IEnumerable<byte[]>? body = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_address!.Host, _address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Replace("\n", "\r\n", StringComparison.Ordinal) + "Connection: close\r\n\r\n"));
        try
        {
            foreach (var part in body ?? [])
            {
                await stream.WriteAsync(part);
            }
        }
        catch (IOException)
        {
            // The server answered and closed before the whole body went: the answer is still there to read.
        }

        using var answer = new MemoryStream();
        var buffer = new byte[65536];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30))) > 0)
            {
                answer.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset after the answer: what was read is the answer.
        }

        return Encoding.UTF8.GetString(answer.ToArray());
    }

    private static IEnumerable<byte[]> Chunks(int count, int size)
    {
        var chunk = Encoding.ASCII.GetBytes(size.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n" + new string(' ', size) + "\r\n");
        for (var i = 0; i < count; i++)
        {
            yield return chunk;
        }

        yield return "0\r\n\r\n"u8.ToArray();
    }

    [Theory]
    [InlineData("/api/render", "application/json")]
    [InlineData("/api/validate", "application/json")]
    [InlineData("/api/import", "application/octet-stream")]
    public async Task A_chunked_body_without_a_length_past_the_limit_is_413_problem_and_the_service_goes_on(string route, string contentType)
    {
        // 100 chunks of 4 KB: 400 KB against a limit of 20 KB, no Content-Length.
        var answer = await ExchangeAsync($"POST {route} HTTP/1.1\nHost: x\nContent-Type: {contentType}\nTransfer-Encoding: chunked\n", Chunks(100, 4096));
        Assert.StartsWith("HTTP/1.1 413 ", answer, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json; charset=utf-8", answer, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"urn:zaozersk-reporting:problem:too-large\"", answer, StringComparison.Ordinal);
        Assert.Contains("20,000 bytes", answer, StringComparison.Ordinal);

        var health = await ExchangeAsync("GET /health HTTP/1.1\nHost: x\n");
        Assert.StartsWith("HTTP/1.1 200 ", health, StringComparison.Ordinal);
        Assert.Contains("\"running\": 0", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_within_the_limit_is_read_whole()
    {
        var json = Encoding.UTF8.GetBytes("{\"kind\": \"report\"}");
        var chunk = Encoding.ASCII.GetBytes(json.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n").Concat(json).Concat("\r\n0\r\n\r\n"u8.ToArray()).ToArray();
        var answer = await ExchangeAsync("POST /api/validate HTTP/1.1\nHost: x\nContent-Type: application/json\nTransfer-Encoding: chunked\n", [chunk]);
        Assert.StartsWith("HTTP/1.1 200 ", answer, StringComparison.Ordinal);
        Assert.Contains("missing required property 'organisation'", answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/validate", "application/json", "zz\r\n{}\r\n0\r\n\r\n")]
    [InlineData("/api/import", "application/octet-stream", "5\r\nabcdefghij\r\n0\r\n\r\n")]
    [InlineData("/api/import", "multipart/form-data; boundary=x", "zz\r\n")]
    public async Task A_broken_chunked_coding_is_400_broken_body_not_a_failure_of_the_service(string route, string contentType, string body)
    {
        var answer = await ExchangeAsync($"POST {route} HTTP/1.1\nHost: x\nContent-Type: {contentType}\nTransfer-Encoding: chunked\n", [Encoding.ASCII.GetBytes(body)]);
        Assert.StartsWith("HTTP/1.1 400 ", answer, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"urn:zaozersk-reporting:problem:broken-body\"", answer, StringComparison.Ordinal);
        Assert.Contains("send the request again", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_that_ends_before_its_closing_boundary_is_400_and_a_reset_mid_body_leaves_nothing_running()
    {
        var form = "--y\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\nPK"u8.ToArray();
        var answer = await ExchangeAsync($"POST /api/import HTTP/1.1\nHost: x\nContent-Type: multipart/form-data; boundary=x\nContent-Length: {form.Length}\n", [form]);
        Assert.StartsWith("HTTP/1.1 400 ", answer, StringComparison.Ordinal);
        Assert.Contains("the form ends before its closing boundary", answer, StringComparison.Ordinal);

        // A client that resets the connection halfway through its body: no answer is owed, and nothing stays running.
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(_address!.Host, _address.Port);
            await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes("POST /api/import HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n1000\r\n" + new string('a', 4096) + "\r\n"));
            await Task.Delay(200);
            tcp.Client.LingerState = new LingerOption(true, 0);
        }

        // The reset reaches the service a moment later; its turn is then given back.
        for (var i = 0; i < 100 && !(await ExchangeAsync("GET /health HTTP/1.1\nHost: x\n")).Contains("\"running\": 0", StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
        }

        Assert.Contains("\"running\": 0", await ExchangeAsync("GET /health HTTP/1.1\nHost: x\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_stalls_is_408_too_slow_and_gives_its_turn_back()
    {
        // A declared body of 1,000 bytes of which 10 come: past the grace (1.5 s here) the rate is under 240 bytes a second.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_address!.Host, _address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync("POST /api/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"kind\": "u8.ToArray());
        using var answer = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(30))) > 0)
        {
            answer.Write(buffer, 0, read);
        }

        var text = Encoding.UTF8.GetString(answer.ToArray());
        Assert.StartsWith("HTTP/1.1 408 ", text, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"urn:zaozersk-reporting:problem:too-slow\"", text, StringComparison.Ordinal);
        Assert.Contains("slower than 240 bytes a second", text, StringComparison.Ordinal);
        Assert.Contains("\"running\": 0", await ExchangeAsync("GET /health HTTP/1.1\nHost: x\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transfer_coding_other_than_chunked_is_415_not_read_as_json()
    {
        // Kestrel undoes only "chunked": a gzip transfer coding would reach the JSON reader as binary.
        var json = Encoding.UTF8.GetBytes("{\"kind\": \"report\"}");
        var chunk = Encoding.ASCII.GetBytes(json.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n").Concat(json).Concat("\r\n0\r\n\r\n"u8.ToArray()).ToArray();
        var answer = await ExchangeAsync("POST /api/validate HTTP/1.1\nHost: x\nContent-Type: application/json\nTransfer-Encoding: gzip, chunked\n", [chunk]);
        Assert.StartsWith("HTTP/1.1 415 ", answer, StringComparison.Ordinal);
        Assert.Contains("the body is compressed ('gzip'); the service reads bodies uncompressed: send it without 'Transfer-Encoding'", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_answers_the_headers_of_get_and_no_body()
    {
        var get = await ExchangeAsync("GET /api/schema HTTP/1.1\nHost: x\n");
        var head = await ExchangeAsync("HEAD /api/schema HTTP/1.1\nHost: x\n");
        Assert.StartsWith("HTTP/1.1 200 ", head, StringComparison.Ordinal);
        string LengthOf(string answer) => answer.Split("\r\n").Single(l => l.StartsWith("Content-Length: ", StringComparison.Ordinal));
        Assert.Equal(LengthOf(get), LengthOf(head));
        Assert.EndsWith("\r\n\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\"$schema\"", get, StringComparison.Ordinal);
        Assert.DoesNotContain("\"$schema\"", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_host_answers_unknown_addresses_wrong_methods_and_options_as_the_tests_host_does()
    {
        var missing = await ExchangeAsync("GET /%D0%BE%D1%82%D1%87%D0%B5%D1%82 HTTP/1.1\nHost: x\nAccept-Language: ru-RU,ru;q=0.9\n");
        Assert.StartsWith("HTTP/1.1 404 ", missing, StringComparison.Ordinal);
        Assert.Contains("адреса 'GET /отчет' нет", missing, StringComparison.Ordinal);

        var method = await ExchangeAsync("GET /api/render HTTP/1.1\nHost: x\n");
        Assert.StartsWith("HTTP/1.1 405 ", method, StringComparison.Ordinal);
        Assert.Contains("Allow: POST, OPTIONS", method, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", method, StringComparison.Ordinal);

        var options = await ExchangeAsync("OPTIONS /health HTTP/1.1\nHost: x\n");
        Assert.StartsWith("HTTP/1.1 204 ", options, StringComparison.Ordinal);
        Assert.Contains("Allow: GET, HEAD, OPTIONS", options, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_the_web_server_refuses_itself_is_refused_with_its_status()
    {
        // Past Kestrel's request line (8 KB): the web server answers before the service sees it.
        var query = string.Join('&', Enumerable.Range(0, 2000).Select(i => $"p{i}=x"));
        var answer = await ExchangeAsync($"POST /api/render?{query} HTTP/1.1\nHost: x\nContent-Length: 0\n");
        Assert.StartsWith("HTTP/1.1 414 ", answer, StringComparison.Ordinal);

        var health = await ExchangeAsync("GET /health HTTP/1.1\nHost: x\n");
        Assert.StartsWith("HTTP/1.1 200 ", health, StringComparison.Ordinal);
    }
}
