using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Model.Json;
using Zaozersk.Reporting.Sample.Service;
using Zaozersk.Reporting.Tests.Seed;
using static Microsoft.Playwright.Assertions;

namespace Zaozersk.Reporting.Tests.Service;

/// <summary>
/// The web page as an official uses it: the real service on a free loopback port (Kestrel), Debian's
/// chromium driven by Playwright (the system browser, nothing downloaded), a 1366×768 window.
/// Screenshots go to the folder named by ZAOZERSK_SCREENSHOTS, when set, to look at.
/// </summary>
[Trait(TestTraits.Speed, TestTraits.Slow)]
public sealed class ServicePageBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    private IPage Page => _page!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), "chromium is missing: ./test.sh installs it (apt-get install chromium)");
        _app = ReportService.Build(new ServiceSettings { Port = 0, DefaultLanguage = MessageLanguage.English });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--lang=ru"] });
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, AcceptDownloads = true, Locale = "ru-RU" });
        _page = await context.NewPageAsync();
        await Page.GotoAsync(address + "/");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_seed_shows_its_warnings_and_its_pdf_downloads_with_the_librarys_bytes()
    {
        await Expect(Page).ToHaveTitleAsync("Оформление планов и отчетов по противодействию коррупции");
        await Page.SetInputFilesAsync("#file", TestData.SeedJsonPath);

        await Expect(Page.Locator("#status")).ToHaveTextAsync("Документ можно оформить; предупреждения ниже.");
        await Expect(Page.Locator("#diagnostics li.warning")).ToHaveCountAsync(4);
        await Expect(Page.Locator("#diagnostics li").First).ToContainTextAsync("строка 321, позиция 11");
        await Expect(Page.Locator("#diagnostics li").First).ToContainTextAsync("у мероприятия 3.3 нет информации об исполнении");
        await Expect(Page.Locator("#summary")).ToContainTextAsync("9 разделов, 50 мероприятий");
        await Screenshot("seed-checked");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("#pdf"));
        Assert.Equal("report-2022.pdf", download.SuggestedFilename);
        Assert.Equal(await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Pdf), await File.ReadAllBytesAsync((await download.PathAsync())!));

        var docx = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("#docx"));
        Assert.Equal("report-2022.docx", docx.SuggestedFilename);
        Assert.Equal(await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Docx), await File.ReadAllBytesAsync((await docx.PathAsync())!));

        await Page.ClickAsync("#preview");
        await Expect(Page.Locator("#viewer")).ToBeVisibleAsync();
        Assert.StartsWith("blob:", await Page.Locator("#viewer").GetAttributeAsync("src"), StringComparison.Ordinal);
        await Screenshot("seed-preview");
    }

    [Fact]
    public async Task A_broken_json_shows_its_error_at_line_and_column_and_the_place_is_reached_from_the_list()
    {
        await Page.FillAsync("#json", "{\n  \"kind\": \"report\",,\n}");
        await Page.ClickAsync("#check");

        await Expect(Page.Locator("#status")).ToContainTextAsync("В документе 1 ошибка");
        var error = Page.Locator("#diagnostics li.error");
        await Expect(error).ToHaveCountAsync(1);
        await Expect(error).ToContainTextAsync("Ошибка ZR0001 строка 2, позиция 20");
        await Expect(error).ToContainTextAsync("запятая");
        await Expect(Page.Locator("#pdf")).ToBeDisabledAsync();
        await Screenshot("broken-json");

        // By keyboard: the place in the list is a button that takes the cursor to the mistake.
        await error.Locator("button.place").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("#json")).ToBeFocusedAsync();
        Assert.Equal(21, await Page.EvalOnSelectorAsync<int>("#json", "e => e.selectionStart"));
    }

    [Fact]
    public async Task A_word_document_shows_what_import_recognised_then_renders()
    {
        var docx = await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Docx);
        using var folder = new TempFolder("zaozersk-page-");
        var path = Path.Combine(folder, "отчет-2022.docx");
        await File.WriteAllBytesAsync(path, docx);
        await Page.SetInputFilesAsync("#file", path);
        await Expect(Page.Locator("#imported")).ToBeVisibleAsync();
        await Expect(Page.Locator("#imported-summary")).ToContainTextAsync("9 разделов, 50 мероприятий");
        await Expect(Page.Locator("#status")).ToContainTextAsync("Документ можно оформить");
        await Screenshot("docx-imported");

        var imported = await new DocumentImporter().ImportAsync(new MemoryStream(docx));
        await Expect(Page.Locator("#imported-list li")).ToHaveCountAsync(imported.Diagnostics.Count);

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync("#pdf"));
        var json = System.Text.Encoding.UTF8.GetBytes(await Page.InputValueAsync("#json"));
        Assert.Equal(
            PlanDocumentJson.Serialize(imported.Document!),
            PlanDocumentJson.Serialize(PlanDocumentJson.Load(json).Document!));
        Assert.Equal(await ServiceRouteTests.LibraryRenderAsync(OutputFormat.Pdf, json), await File.ReadAllBytesAsync((await download.PathAsync())!));
    }

    [Fact]
    public async Task The_page_is_worked_by_keyboard_from_the_top()
    {
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("#file")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("#json")).ToBeFocusedAsync();
        await Page.Keyboard.InsertTextAsync(await File.ReadAllTextAsync(TestData.SeedJsonPath));
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("#check")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("#status")).ToContainTextAsync("Документ можно оформить");

        // Everything needed fits the 1366×768 window: the buttons are on screen without scrolling.
        foreach (var id in new[] { "#file", "#json", "#check", "#pdf", "#docx", "#preview" })
        {
            var box = await Page.Locator(id).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y + box.Height <= 768 && box.X + box.Width <= 1366, id + " is outside the window");
        }
    }

    private async Task Screenshot(string name)
    {
        if (Environment.GetEnvironmentVariable("ZAOZERSK_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        }
    }
}
