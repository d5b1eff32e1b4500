using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using Zaozersk.Reporting.Tests.Corpus;
using Zaozersk.Reporting.Tests.Interop;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Packaging;

/// <summary>
/// The sample host as a .NET tool: packed into a local folder feed (one package naming the others:
/// Native AOT for this platform, ReadyToRun for Windows x64, macOS arm64 and Linux arm64, and
/// framework-dependent for any other), installed with <c>dotnet tool install</c> into a private tool
/// path and run as <c>zaozersk-report</c>. The builds that run here must write the same bytes as the
/// library does in process.
/// </summary>
[Trait(TestTraits.Speed, TestTraits.Slow)]
[Collection(HeavyWork.Name)]
public sealed class DotnetToolTests : IDisposable
{
    private const string PackageId = "Zaozersk.Reporting.Tool";

    /// <summary>The platforms whose package is precompiled with ReadyToRun when this one packs (it gets Native AOT).</summary>
    private static readonly string[] ReadyToRunPlatforms = ["win-x64", "osx-arm64", "linux-arm64", "linux-x64"];

    /// <summary>The seed and corpus documents of both kinds (a plan with optional columns, a report with long cells).</summary>
    private static readonly string[] CorpusFixtures = ["plan-optional-columns", "report-quarter-long-cells"];

    private static string ToolReadme => RepositoryPaths.Combine("samples", "Zaozersk.Reporting.Sample", "PACKAGE.md");

    /// <summary>The installed tool speaks the machine's language; the assertions read English.</summary>
    private static readonly Dictionary<string, string> English = new() { ["LC_ALL"] = "C.UTF-8", ["LANG"] = "C.UTF-8" };

    private readonly TempFolder _folder = new("zr-tool-");

    public void Dispose() => _folder.Dispose();

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
        var readyToRun = ReadyToRunPlatforms.Where(rid => rid != platform).ToArray();
        CheckPointerPackage(Path.Combine(feed, $"{PackageId}.{version}.nupkg"), platform, readyToRun);
        CheckNativePackage(Path.Combine(feed, $"{PackageId}.{platform}.{version}.nupkg"));
        foreach (var rid in readyToRun)
        {
            CheckReadyToRunPackage(Path.Combine(feed, $"{PackageId}.{rid}.{version}.nupkg"), rid);
        }

        var portable = Path.Combine(feed, $"{PackageId}.any.{version}.nupkg");
        CheckPortablePackage(portable);
        Assert.Equal(readyToRun.Length + 3, Directory.GetFiles(feed, "*.nupkg").Length);

        var tools = Path.Combine(_folder, "tools");
        Dotnet(_folder, "tool", "install", PackageId, "--tool-path", tools, "--add-source", feed, "--version", version);
        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "zaozersk-report.exe" : "zaozersk-report");

        // The native package was chosen: no managed assemblies were installed.
        Assert.Empty(Directory.GetFiles(tools, "*.dll", SearchOption.AllDirectories));
        var (versionCode, printed, versionError) = ExternalTools.Run(command, ["--version"], _folder, environment: English);
        Assert.True(versionCode == 0, versionError);
        Assert.Equal(version, printed.Trim());
        var (helpCode, help, helpError) = ExternalTools.Run(command, ["--help"], _folder, environment: English);
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
        yield return ("seed", TestData.SeedJsonPath);
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
        var (code, _, error) = ExternalTools.Run(tool, [.. prefix, "render", input, "--out", output], _folder, environment: English);
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

    /// <summary>
    /// The package users install: metadata, and the packages it names, without any code of its own.
    /// dotnet tool install takes the named package whose platform is nearest to its own in the
    /// runtime identifier graph, and the portable one ("any") where none is.
    /// </summary>
    private static void CheckPointerPackage(string package, string platform, string[] readyToRun)
    {
        using var zip = ZipFile.OpenRead(package);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.DoesNotContain(names, n => n.EndsWith(".dll", StringComparison.Ordinal));
        var metadata = PackageMetadata.Read(zip);
        var ns = metadata.Name.Namespace;
        Assert.Equal(PackageId, PackageMetadata.Value(metadata, "id"));
        Assert.Equal("DotnetTool", metadata.Element(ns + "packageTypes")!.Element(ns + "packageType")!.Attribute("name")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(PackageMetadata.Value(metadata, "description")));
        Assert.Contains("dotnet-tool", PackageMetadata.Value(metadata, "tags"), StringComparison.Ordinal);
        PackageMetadata.CheckShared(zip, ToolReadme);

        var settings = XDocument.Load(zip.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
        Assert.Equal("zaozersk-report", settings.Descendants("Command").Single().Attribute("Name")!.Value);
        var named = settings.Descendants("RuntimeIdentifierPackage").ToDictionary(p => p.Attribute("RuntimeIdentifier")!.Value, p => p.Attribute("Id")!.Value);
        var expected = new[] { platform, "any" }.Concat(readyToRun).ToDictionary(rid => rid, rid => $"{PackageId}.{rid}");
        Assert.Equal(expected, named);
    }

    /// <summary>The native package: one executable, no managed assemblies.</summary>
    private static void CheckNativePackage(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var tools = zip.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal) && !e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal)).ToList();
        var executable = Assert.Single(tools);
        Assert.Equal(OperatingSystem.IsWindows() ? "Zaozersk.Reporting.Sample.exe" : "Zaozersk.Reporting.Sample", executable.Name);
        Assert.Equal("DotnetToolRidPackage", PackageMetadata.Read(zip).Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);
        PackageMetadata.CheckShared(zip, ToolReadme);
    }

    /// <summary>
    /// A ReadyToRun package, for a platform this one cannot run: the platform's executable starts the
    /// host, whose assemblies (the host's, the library's and every dependency's) hold code compiled for
    /// that platform's processor and operating system; no debug files.
    /// </summary>
    private static void CheckReadyToRunPackage(string package, string rid)
    {
        using var zip = ZipFile.OpenRead(package);
        var folder = $"tools/net10.0/{rid}/";
        var files = zip.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal)).ToDictionary(e => e.FullName[folder.Length..]);
        var executable = rid.StartsWith("win-", StringComparison.Ordinal) ? "Zaozersk.Reporting.Sample.exe" : "Zaozersk.Reporting.Sample";
        Assert.Contains(executable, files.Keys);
        CheckExecutable(Bytes(files[executable]), rid);

        var settings = XDocument.Load(files["DotnetToolSettings.xml"].Open()).Descendants("Command").Single();
        Assert.Equal("zaozersk-report", settings.Attribute("Name")!.Value);
        Assert.Equal("executable", settings.Attribute("Runner")!.Value);
        Assert.Equal(executable, settings.Attribute("EntryPoint")!.Value);

        var assemblies = files.Keys.Where(name => name.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.Contains("Zaozersk.Reporting.dll", assemblies);
        Assert.Contains("Zaozersk.Reporting.Sample.dll", assemblies);
        Assert.All(assemblies, name => Assert.Equal(ReadyToRunMachine(rid), ReadyToRunMachineOf(files[name])));
        Assert.DoesNotContain(files.Keys, name => name.EndsWith(".pdb", StringComparison.Ordinal));
        Assert.DoesNotContain("Zaozersk.Reporting.xml", files.Keys);
        Assert.Equal("DotnetToolRidPackage", PackageMetadata.Read(zip).Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);
    }

    /// <summary>
    /// The machine field a ReadyToRun image for the platform has: the processor's, mixed with a
    /// constant for the operating system other than Windows (so no other system loads its code).
    /// </summary>
    private static Machine ReadyToRunMachine(string rid)
    {
        var processor = rid.EndsWith("-arm64", StringComparison.Ordinal) ? Machine.Arm64 : Machine.Amd64;
        var system = rid.Split('-')[0] switch
        {
            "win" => 0,
            "linux" => 0x7B79,
            "osx" => 0x4644,
            _ => throw new ArgumentException("no ReadyToRun check for " + rid, nameof(rid)),
        };
        return (Machine)((int)processor ^ system);
    }

    /// <summary>The machine of an assembly with ReadyToRun code; null for IL alone.</summary>
    private static Machine? ReadyToRunMachineOf(ZipArchiveEntry assembly)
    {
        using var reader = new PEReader(new MemoryStream(Bytes(assembly)));
        var corHeader = reader.PEHeaders.CorHeader!;
        return corHeader.ManagedNativeHeaderDirectory.Size > 0 ? reader.PEHeaders.CoffHeader.Machine : null;
    }

    /// <summary>
    /// The executable is the platform's own kind: PE on Windows, ELF on Linux, and on macOS a 64-bit
    /// Mach-O with a code signature, since macOS on arm64 kills a program that has none.
    /// </summary>
    private static void CheckExecutable(byte[] executable, string rid)
    {
        switch (rid.Split('-')[0])
        {
            case "win":
                Assert.Equal("MZ"u8.ToArray(), executable[..2]);
                break;
            case "linux":
                Assert.Equal("\u007FELF"u8.ToArray(), executable[..4]);
                break;
            default:
                Assert.Equal(0xFEEDFACFu, BinaryPrimitives.ReadUInt32LittleEndian(executable));
                var commands = BinaryPrimitives.ReadInt32LittleEndian(executable.AsSpan(16));
                var signed = false;
                for (int i = 0, at = 32; i < commands; i++, at += BinaryPrimitives.ReadInt32LittleEndian(executable.AsSpan(at + 4)))
                {
                    signed |= BinaryPrimitives.ReadUInt32LittleEndian(executable.AsSpan(at)) == 0x1D; // LC_CODE_SIGNATURE
                }

                Assert.True(signed, rid + ": the executable has no code signature");
                break;
        }
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        return copy.ToArray();
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

    private static void Dotnet(string workingDirectory, params string[] arguments)
    {
        var (code, output, error) = ExternalTools.Run("dotnet", arguments, workingDirectory, timeoutSeconds: 1200);
        Assert.True(code == 0, $"dotnet {string.Join(' ', arguments)} failed ({code}):\n{output}\n{error}");
    }
}
