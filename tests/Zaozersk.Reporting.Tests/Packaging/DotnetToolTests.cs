using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using Zaozersk.Reporting.Model.Json;
using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Interop;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Packaging;

/// <summary>
/// The sample host as a .NET tool: packed into a local folder feed (one package naming two: Native
/// AOT for this platform and framework-dependent for any other), installed with
/// <c>dotnet tool install</c> into a private tool path and run as <c>zaozersk-report</c>. Both
/// builds must write the same bytes as the library does in process.
/// </summary>
[Trait(TestTraits.Speed, TestTraits.Slow)]
[Collection(HeavyWork.Name)]
public sealed class DotnetToolTests : IDisposable
{
    private const string PackageId = "Zaozersk.Reporting.Tool";

    /// <summary>The seed and corpus documents of both kinds (a plan with optional columns, a report with long cells).</summary>
    private static readonly string[] CorpusFixtures = ["plan-optional-columns", "report-quarter-long-cells"];

    private readonly string _folder = Directory.CreateTempSubdirectory("zr-tool-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Packed_tool_installs_natively_and_both_builds_render_as_the_library_does()
    {
        // A prerelease of the repository's version, unique per run, so neither the tool store nor a
        // NuGet cache can hand back an earlier build. Only the suffix differs: the assembly version
        // (which the library stamps into DOCX and PDF) stays the one the in-process renderer has.
        var libraryVersion = typeof(DocumentRenderer).Assembly.GetName().Version!.ToString(3);
        var version = libraryVersion + "-tool" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var feed = Path.Combine(_folder, "feed");
        var platform = RuntimeInformation.RuntimeIdentifier;

        // Own artifacts folder: the build with another version must not overwrite the repository's
        // bin and obj folders, which the test run and the consumer test's pack are using.
        Dotnet(RepositoryPaths.Root, "pack", RepositoryPaths.Combine("samples", "Zaozersk.Reporting.Sample", "Zaozersk.Reporting.Sample.csproj"),
            "-c", "Release", "-o", feed, "--artifacts-path", Path.Combine(_folder, "artifacts"), $"-p:Version={version}");
        CheckPointerPackage(Path.Combine(feed, $"{PackageId}.{version}.nupkg"), platform);
        CheckNativePackage(Path.Combine(feed, $"{PackageId}.{platform}.{version}.nupkg"));
        var portable = Path.Combine(feed, $"{PackageId}.any.{version}.nupkg");
        CheckPortablePackage(portable);

        var tools = Path.Combine(_folder, "tools");
        Dotnet(_folder, "tool", "install", PackageId, "--tool-path", tools, "--add-source", feed, "--version", version);
        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "zaozersk-report.exe" : "zaozersk-report");

        // The native package was chosen: no managed assemblies were installed.
        Assert.Empty(Directory.GetFiles(tools, "*.dll", SearchOption.AllDirectories));
        var (versionCode, printed, versionError) = ExternalTools.Run(command, ["--version"], _folder);
        Assert.True(versionCode == 0, versionError);
        Assert.Equal(version, printed.Trim());
        var (helpCode, help, helpError) = ExternalTools.Run(command, ["--help"], _folder);
        Assert.True(helpCode == 0, helpError);
        Assert.Contains("Usage:\n  zaozersk-report [command] [options]", help.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        // The framework-dependent package, run as its dll, for platforms without a native one.
        var portableFolder = Path.Combine(_folder, "portable");
        using (var zip = ZipFile.OpenRead(portable))
        {
            zip.ExtractToDirectory(portableFolder);
        }

        var portableHost = Path.Combine(portableFolder, "tools", "net10.0", "any", "Zaozersk.Reporting.Sample.dll");

        foreach (var (name, input) in Inputs())
        {
            var (expectedDocx, expectedPdf) = await RenderInProcessAsync(input);
            var (nativeDocx, nativePdf) = RenderWith(command, [], input, "native-" + name);
            Assert.True(expectedDocx.AsSpan().SequenceEqual(nativeDocx), $"{name}: the native tool's DOCX differs from the library's");
            Assert.True(expectedPdf.AsSpan().SequenceEqual(nativePdf), $"{name}: the native tool's PDF differs from the library's");
            var (portableDocx, portablePdf) = RenderWith("dotnet", [portableHost], input, "portable-" + name);
            Assert.True(expectedDocx.AsSpan().SequenceEqual(portableDocx), $"{name}: the portable tool's DOCX differs from the library's");
            Assert.True(expectedPdf.AsSpan().SequenceEqual(portablePdf), $"{name}: the portable tool's PDF differs from the library's");
        }
    }

    private IEnumerable<(string Name, string Path)> Inputs()
    {
        yield return ("seed", SeedFidelityTests.SeedJsonPath);
        foreach (var name in CorpusFixtures)
        {
            var path = Path.Combine(_folder, name + ".json");
            File.WriteAllText(path, PlanDocumentJson.Serialize(FixtureCorpus.Get(name).Document));
            yield return (name, path);
        }
    }

    private (byte[] Docx, byte[] Pdf) RenderWith(string tool, string[] prefix, string input, string outputName)
    {
        var output = Path.Combine(_folder, outputName);
        var (code, _, error) = ExternalTools.Run(tool, [.. prefix, "render", input, "--out", output], _folder);
        Assert.True(code == 0, error);
        var baseName = Path.GetFileNameWithoutExtension(input);
        var docx = File.ReadAllBytes(Path.Combine(output, baseName + ".docx"));
        using (var zip = new ZipArchive(new MemoryStream(docx)))
        {
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        }

        var pdf = File.ReadAllBytes(Path.Combine(output, baseName + ".pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        return (docx, pdf);
    }

    private static async Task<(byte[] Docx, byte[] Pdf)> RenderInProcessAsync(string input)
    {
        var renderer = new DocumentRenderer();
        var loaded = await renderer.LoadAsync(input);
        Assert.False(loaded.HasErrors);
        using var docx = new MemoryStream();
        await renderer.RenderAsync(loaded.Document!, OutputFormat.Docx, docx);
        using var pdf = new MemoryStream();
        await renderer.RenderAsync(loaded.Document!, OutputFormat.Pdf, pdf);
        return (docx.ToArray(), pdf.ToArray());
    }

    /// <summary>The package users install: metadata, and the two packages it names, without any code of its own.</summary>
    private static void CheckPointerPackage(string package, string platform)
    {
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", names);
        Assert.DoesNotContain(names, n => n.EndsWith(".dll", StringComparison.Ordinal));
        var metadata = Metadata(zip);
        var ns = metadata.Name.Namespace;
        Assert.Equal(PackageId, metadata.Element(ns + "id")!.Value);
        Assert.Equal("DotnetTool", metadata.Element(ns + "packageTypes")!.Element(ns + "packageType")!.Attribute("name")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")!.Value));
        Assert.Contains("dotnet-tool", metadata.Element(ns + "tags")!.Value, StringComparison.Ordinal);
        Assert.NotNull(metadata.Element(ns + "repository"));

        var settings = XDocument.Load(zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
        Assert.Equal("zaozersk-report", settings.Descendants("Command").Single().Attribute("Name")!.Value);
        var named = settings.Descendants("RuntimeIdentifierPackage").ToDictionary(p => p.Attribute("RuntimeIdentifier")!.Value, p => p.Attribute("Id")!.Value);
        Assert.Equal(new Dictionary<string, string> { [platform] = $"{PackageId}.{platform}", ["any"] = $"{PackageId}.any" }, named);
    }

    /// <summary>The native package: one executable, no managed assemblies.</summary>
    private static void CheckNativePackage(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var tools = zip.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal) && !e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal)).ToList();
        var executable = Assert.Single(tools);
        Assert.Equal(OperatingSystem.IsWindows() ? "Zaozersk.Reporting.Sample.exe" : "Zaozersk.Reporting.Sample", executable.Name);
        Assert.Equal("DotnetToolRidPackage", Metadata(zip).Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);
    }

    /// <summary>The framework-dependent package: the host and library assemblies.</summary>
    private static void CheckPortablePackage(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", names);
        Assert.Contains("tools/net10.0/any/Zaozersk.Reporting.Sample.dll", names);
        Assert.Contains("tools/net10.0/any/Zaozersk.Reporting.dll", names);
    }

    private static XElement Metadata(ZipArchive zip)
    {
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return nuspec.Root!.Element(nuspec.Root.Name.Namespace + "metadata")!;
    }

    private static void Dotnet(string workingDirectory, params string[] arguments)
    {
        var (code, output, error) = ExternalTools.Run("dotnet", arguments, workingDirectory, timeoutSeconds: 1200);
        Assert.True(code == 0, $"dotnet {string.Join(' ', arguments)} failed ({code}):\n{output}\n{error}");
    }
}
