using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using Zaozersk.Reporting.Tests.Interop;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Packaging;

/// <summary>
/// The sample host as a .NET tool: packed into a local folder feed, installed with
/// <c>dotnet tool install</c> into a private tool path and run as <c>zaozersk-report</c>.
/// </summary>
public sealed class DotnetToolTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zr-tool-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Packed_tool_installs_and_renders_the_seed_as_the_library_does()
    {
        // A prerelease of the repository's version, unique per run, so neither the tool store nor a
        // NuGet cache can hand back an earlier build. Only the suffix differs: the assembly version
        // (which the library stamps into DOCX and PDF) stays the one the in-process renderer has.
        var libraryVersion = typeof(DocumentRenderer).Assembly.GetName().Version!.ToString(3);
        var version = libraryVersion + "-tool" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var feed = Path.Combine(_folder, "feed");

        // Own artifacts folder: the build with another version must not overwrite the repository's
        // bin and obj folders, which the test run and the consumer test's pack are using.
        Dotnet(RepositoryPaths.Root, "pack", RepositoryPaths.Combine("samples", "Zaozersk.Reporting.Sample", "Zaozersk.Reporting.Sample.csproj"),
            "-c", "Release", "-o", feed, "--artifacts-path", Path.Combine(_folder, "artifacts"), $"-p:Version={version}");
        CheckPackageContents(Path.Combine(feed, $"Zaozersk.Reporting.Tool.{version}.nupkg"));

        var tools = Path.Combine(_folder, "tools");
        Dotnet(_folder, "tool", "install", "Zaozersk.Reporting.Tool", "--tool-path", tools, "--add-source", feed, "--version", version);
        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "zaozersk-report.exe" : "zaozersk-report");

        var (versionCode, printed, versionError) = ExternalTools.Run(command, ["--version"], _folder);
        Assert.True(versionCode == 0, versionError);
        Assert.Equal(version, printed.Trim());

        var output = Path.Combine(_folder, "out");
        var (code, _, error) = ExternalTools.Run(command, ["render", SeedFidelityTests.SeedJsonPath, "--out", output], _folder);
        Assert.True(code == 0, error);

        var docx = File.ReadAllBytes(Path.Combine(output, "zaozersk-2022.docx"));
        var pdf = File.ReadAllBytes(Path.Combine(output, "zaozersk-2022.pdf"));
        using (var zip = new ZipArchive(new MemoryStream(docx)))
        {
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        }

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var (expectedDocx, expectedPdf) = await RenderInProcessAsync();
        Assert.Equal(expectedDocx, docx);
        Assert.Equal(expectedPdf, pdf);
    }

    private static async Task<(byte[] Docx, byte[] Pdf)> RenderInProcessAsync()
    {
        var renderer = new DocumentRenderer();
        var loaded = await renderer.LoadAsync(SeedFidelityTests.SeedJsonPath);
        Assert.False(loaded.HasErrors);
        using var docx = new MemoryStream();
        await renderer.RenderAsync(loaded.Document!, OutputFormat.Docx, docx);
        using var pdf = new MemoryStream();
        await renderer.RenderAsync(loaded.Document!, OutputFormat.Pdf, pdf);
        return (docx.ToArray(), pdf.ToArray());
    }

    private static void CheckPackageContents(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", names);
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", names);
        Assert.Contains("tools/net10.0/any/Zaozersk.Reporting.dll", names);
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("Zaozersk.Reporting.Tool", metadata.Element(ns + "id")!.Value);
        Assert.Equal("DotnetTool", metadata.Element(ns + "packageTypes")!.Element(ns + "packageType")!.Attribute("name")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")!.Value));
        Assert.Contains("dotnet-tool", metadata.Element(ns + "tags")!.Value, StringComparison.Ordinal);
        Assert.NotNull(metadata.Element(ns + "repository"));
    }

    private static void Dotnet(string workingDirectory, params string[] arguments)
    {
        var (code, output, error) = ExternalTools.Run("dotnet", arguments, workingDirectory, timeoutSeconds: 600);
        Assert.True(code == 0, $"dotnet {string.Join(' ', arguments)} failed ({code}):\n{output}\n{error}");
    }
}
