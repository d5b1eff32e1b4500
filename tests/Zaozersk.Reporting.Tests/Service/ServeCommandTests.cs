using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Zaozersk.Reporting.Tests.Localization;
using Zaozersk.Reporting.Tests.Sample;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Service;

/// <summary>
/// <c>zaozersk-report serve</c> as a process, as it is started: it listens on loopback, renders the
/// CLI's bytes, stops on SIGTERM with exit 0, and says in one line of our own words why it cannot listen.
/// </summary>
public sealed partial class ServeCommandTests
{
    [Fact]
    public async Task Serve_listens_on_loopback_renders_the_clis_bytes_and_stops_on_sigterm()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var host = Start("serve", "--port", "0", "--lang", "en");
        var line = await host.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var url = ListeningAt().Match(line ?? string.Empty).Groups[1].Value;
        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);

        using (var client = new HttpClient())
        {
            var content = new ByteArrayContent(File.ReadAllBytes(TestData.SeedJsonPath));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync(url + "/api/render?format=docx", content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(SampleHostProcess.RenderSeed("docx", "UTC", "C.UTF-8"), await response.Content.ReadAsByteArrayAsync());
        }

        using (var kill = Process.Start("kill", ["-TERM", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var rest = await host.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await host.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, host.ExitCode);
        Assert.Matches(@"POST /api/render 200 \d+\.\d ms \d+ B id=[0-9a-f]{32}", rest);
        Assert.EndsWith("stopped", rest.TrimEnd(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task An_address_in_use_is_one_line_in_our_words_and_exit_1(string language)
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var host = Start("serve", "--port", port, "--lang", language);
        var error = await host.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await host.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, host.ExitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("127.0.0.1:" + port, line, StringComparison.Ordinal);
        Assert.Empty(language == "ru" ? MessageWords.EnglishIn(line) : MessageWords.RussianIn(line));
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Zaozersk.Reporting.Sample.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    [GeneratedRegex(@"^listening at (http://\S+) ")]
    private static partial Regex ListeningAt();
}
