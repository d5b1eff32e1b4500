using System.IO.Compression;
using System.Xml.Linq;
using Zaozersk.Reporting.Tests.Interop;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Packaging;

/// <summary>
/// The package as a stranger gets it: packed, put in a local folder feed, referenced by a console
/// project made from nothing, which renders the seed report to DOCX and PDF.
/// </summary>
[Trait(TestTraits.Speed, TestTraits.Slow)]
public sealed class NuGetConsumerTests : IDisposable
{
    private readonly TempFolder _folder = new("zr-nuget-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Packed_library_renders_the_seed_in_a_fresh_console_project()
    {
        // A version of its own, so no package cached by an earlier run is picked up instead.
        var version = typeof(DocumentRenderer).Assembly.GetName().Version!.ToString(3) + "-consumer" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Path.Combine(_folder, "feed");
        Dotnet(RepositoryPaths.Root, "pack", RepositoryPaths.Combine("src", "Zaozersk.Reporting", "Zaozersk.Reporting.csproj"), "-c", "Release", "-o", feed, $"-p:PackageVersion={version}");

        var package = Path.Combine(feed, $"Zaozersk.Reporting.{version}.nupkg");
        CheckPackageContents(package);
        var symbols = Path.Combine(feed, $"Zaozersk.Reporting.{version}.snupkg");
        Assert.True(File.Exists(symbols), "no symbol package");
        using (var zip = ZipFile.OpenRead(symbols))
        {
            PackageMetadata.CheckSourceLink(zip, "lib/net10.0/Zaozersk.Reporting.pdb");
        }

        // Packing the library alone builds nothing of the tool.
        Assert.Equal([package, symbols], Directory.GetFiles(feed).Order(StringComparer.Ordinal));

        var app = Path.Combine(_folder, "app");
        Dotnet(_folder, "new", "console", "-o", app, "--no-restore");
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        var project = XDocument.Load(Path.Combine(app, "app.csproj"));
        project.Root!.Add(new XElement(
            "ItemGroup",
            new XElement("PackageReference", new XAttribute("Include", "Zaozersk.Reporting"), new XAttribute("Version", version)),
            new XElement("PackageReference", new XAttribute("Include", "Microsoft.Extensions.DependencyInjection"), new XAttribute("Version", "10.0.15"))));
        project.Save(Path.Combine(app, "app.csproj"));
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;
            using Zaozersk.Reporting;

            var renderer = new DocumentRenderer();
            var loaded = await renderer.LoadAsync(args[0]);
            foreach (var diagnostic in loaded.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic);
            }

            if (loaded.HasErrors)
            {
                return 1;
            }

            await renderer.RenderToFileAsync(loaded.Document!, OutputFormat.Docx, Path.Combine(args[1], "seed.docx"));
            await renderer.RenderToFileAsync(loaded.Document!, OutputFormat.Pdf, Path.Combine(args[1], "seed.pdf"));

            // A bare container, no logging: the registered options must be the ones used.
            var report = new List<string>();
            using (var bare = new ServiceCollection().AddZaozerskReporting(o => o.TemplateDirectory = Path.Combine(args[1], "no-such-folder")).BuildServiceProvider())
            {
                try
                {
                    bare.GetRequiredService<IDocumentRenderer>();
                    report.Add("missing template folder accepted");
                }
                catch (OptionsValidationException)
                {
                    report.Add("missing template folder refused");
                }
            }

            using (var bare = new ServiceCollection().AddZaozerskReporting(o => o.MaxBlocks = 5).BuildServiceProvider())
            {
                try
                {
                    await bare.GetRequiredService<IDocumentRenderer>().RenderAsync(loaded.Document!, OutputFormat.Docx, Stream.Null);
                    report.Add("block limit ignored");
                }
                catch (ReportingException)
                {
                    report.Add("block limit applied");
                }
            }

            File.WriteAllLines(Path.Combine(args[1], "di.txt"), report);
            return 0;
            """);

        var output = Path.Combine(_folder, "output");
        Directory.CreateDirectory(output);
        Dotnet(app, "run", "--", TestData.SeedJsonPath, output);

        var docx = File.ReadAllBytes(Path.Combine(output, "seed.docx"));
        var pdf = File.ReadAllBytes(Path.Combine(output, "seed.pdf"));
        Assert.Equal(TestData.SeedReportDocx(), docx);
        Assert.Equal(22, ExternalTools.PageCount(pdf));
        Assert.Contains("ОТЧЕТ", ExternalTools.PdfText(pdf), StringComparison.Ordinal);
        Assert.Equal(["missing template folder refused", "block limit applied"], File.ReadAllLines(Path.Combine(output, "di.txt")));
    }

    /// <summary>The assembly with its XML documentation, and the metadata a package page shows.</summary>
    private static void CheckPackageContents(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/Zaozersk.Reporting.dll", names);
        Assert.Contains("lib/net10.0/Zaozersk.Reporting.xml", names);
        var metadata = PackageMetadata.Read(zip);
        Assert.Equal("Zaozersk.Reporting", PackageMetadata.Value(metadata, "id"));
        Assert.False(string.IsNullOrWhiteSpace(PackageMetadata.Value(metadata, "description")));
        Assert.Contains("docx", PackageMetadata.Value(metadata, "tags"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(PackageMetadata.Value(metadata, "authors")));
        PackageMetadata.CheckShared(zip, RepositoryPaths.Combine("src", "Zaozersk.Reporting", "PACKAGE.md"));
    }

    private static void Dotnet(string workingDirectory, params string[] arguments)
    {
        var (code, output, error) = ExternalTools.Run("dotnet", arguments, workingDirectory, timeoutSeconds: 600);
        Assert.True(code == 0, $"dotnet {string.Join(' ', arguments)} failed ({code}):\n{output}\n{error}");
    }
}
