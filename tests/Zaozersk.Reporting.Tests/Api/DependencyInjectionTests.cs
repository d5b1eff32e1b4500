using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Api;

/// <summary>
/// Issue #27: without AddLogging the container built the renderer with its parameterless
/// constructor and every registered option was silently ignored. Whatever else the container holds,
/// the renderer and the importer use the registered options.
/// </summary>
public sealed class DependencyInjectionTests : IDisposable
{
    private readonly TempFolder _folder = new("zr-di-");

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Containers() => new() { "bare", "with logging", "generic host" };

    /// <summary>A container of the given kind with the library registered and <paramref name="configure"/> applied.</summary>
    private static ServiceProvider Build(string container, Action<ReportingOptions> configure)
    {
        var services = new ServiceCollection();
        if (container == "with logging")
        {
            services.AddLogging();
        }

        return services.AddZaozerskReporting(configure).BuildServiceProvider();
    }

    private static IHost Host(Action<ReportingOptions> configure)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddZaozerskReporting(configure);
        return builder.Build();
    }

    private static T Resolve<T>(string container, Action<ReportingOptions> configure)
        where T : notnull
    {
        if (container == "generic host")
        {
            using var host = Host(configure);
            return host.Services.GetRequiredService<T>();
        }

        using var provider = Build(container, configure);
        return provider.GetRequiredService<T>();
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public void A_template_folder_that_does_not_exist_is_refused_in_every_container(string container)
    {
        var missing = Path.Combine(_folder, "does-not-exist");

        var error = Assert.Throws<OptionsValidationException>(() => Resolve<IDocumentRenderer>(container, o => o.TemplateDirectory = missing));

        Assert.Contains(error.Failures, f => f.Contains("does-not-exist", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public async Task The_registered_template_folder_is_the_one_rendered_with(string container)
    {
        File.WriteAllText(Path.Combine(_folder, "signatures.sbn"), "<p>ПОДПИСЬ ИЗ ПАПКИ ШАБЛОНОВ</p>");
        var renderer = Resolve<IDocumentRenderer>(container, o => o.TemplateDirectory = _folder);
        using var docx = new MemoryStream();

        await renderer.RenderAsync(TestData.Seed, OutputFormat.Docx, docx);

        Assert.Contains("ПОДПИСЬ ИЗ ПАПКИ ШАБЛОНОВ", Tests.Docx.DocxText.Of(docx.ToArray()), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public async Task The_registered_limits_bind_the_renderer(string container)
    {
        var renderer = Resolve<IDocumentRenderer>(container, o => o.MaxBlocks = 5);

        var error = await Assert.ThrowsAsync<MarkupException>(() => renderer.RenderAsync(TestData.Seed, OutputFormat.Docx, Stream.Null));

        Assert.Contains("(the block limit)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public async Task The_registered_input_limit_binds_the_importer(string container)
    {
        var importer = Resolve<IDocumentImporter>(container, o => o.MaxInputBytes = 1000);
        using var docx = new MemoryStream();
        await new DocumentRenderer().RenderAsync(TestData.Seed, OutputFormat.Docx, docx);
        docx.Position = 0;

        var result = await importer.ImportAsync(docx, "seed.docx");

        Assert.Null(result.Document);
        Assert.Contains(result.Diagnostics, d => d.Code == "ZR0007");
    }

    [Theory]
    [MemberData(nameof(Containers))]
    public async Task The_registered_language_is_the_language_of_messages(string container)
    {
        var renderer = Resolve<IDocumentRenderer>(container, o => o.Language = MessageLanguage.Russian);

        var loaded = await renderer.LoadAsync(new MemoryStream("{"u8.ToArray()), "broken.json");

        Assert.Contains(loaded.Diagnostics, d => d.ToString().Contains("ошибка ZR0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_generic_host_refuses_to_start_with_invalid_options()
    {
        using var host = Host(o => o.MaxBlocks = 0);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("MaxBlocks", StringComparison.Ordinal));
    }
}
