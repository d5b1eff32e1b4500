using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Zaozersk.Reporting.Tests.Interop;

namespace Zaozersk.Reporting.Tests.Packaging;

/// <summary>
/// What every package of ours carries, read back from the packed file: the nuspec's licence, icon,
/// readme, release notes and repository commit, and the files they name.
/// </summary>
internal static partial class PackageMetadata
{
    private const string RepositoryUrl = "https://github.com/zaozersk-reporting/zaozersk-reporting";

    /// <summary>The nuspec's metadata element.</summary>
    public static XElement Read(ZipArchive zip)
    {
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        return nuspec.Root!.Element(nuspec.Root.Name.Namespace + "metadata")!;
    }

    /// <summary>The text of a metadata element, such as "id" or "releaseNotes".</summary>
    public static string Value(XElement metadata, string name) => metadata.Element(metadata.Name.Namespace + name)?.Value
        ?? throw new Xunit.Sdk.XunitException($"the nuspec has no <{name}>");

    /// <summary>
    /// Licence, icon, readme (the project's own PACKAGE.md, not the repository's README), release
    /// notes (the changelog's section for this version) and the repository with the commit built.
    /// </summary>
    public static void CheckShared(ZipArchive zip, string packageReadme)
    {
        var metadata = Read(zip);
        Assert.Equal("MIT", Value(metadata, "license"));

        Assert.Equal("icon.png", Value(metadata, "icon"));
        Assert.Equal(File.ReadAllBytes(RepositoryPaths.Combine("assets", "icon.png")), Bytes(zip, "icon.png"));

        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.Equal(File.ReadAllBytes(packageReadme), Bytes(zip, "README.md"));

        var version = Value(metadata, "version");
        var notes = Value(metadata, "releaseNotes").ReplaceLineEndings("\n");
        Assert.Equal(ChangelogSection(version) + "\n\nAll versions: " + RepositoryUrl + "/blob/main/CHANGELOG.md", notes);

        var repository = metadata.Element(metadata.Name.Namespace + "repository")!;
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.Equal(RepositoryUrl, repository.Attribute("url")!.Value);
        Assert.Equal(HeadCommit(), repository.Attribute("commit")?.Value);
    }

    /// <summary>
    /// The symbols map every source file to the built commit's copy in the repository (Source Link),
    /// under the deterministic root the compiler wrote.
    /// </summary>
    public static void CheckSourceLink(ZipArchive symbols, string pdbPath)
    {
        using var pdb = new MemoryStream(Bytes(symbols, pdbPath));
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(information => reader.GetGuid(information.Kind) == sourceLinkKind)
            .Select(information => Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value)))
            .SingleOrDefault();
        Assert.NotNull(sourceLink);
        var raw = RepositoryUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal);
        Assert.Contains($"\"/_/*\":\"{raw}/{HeadCommit()}/*\"", sourceLink, StringComparison.Ordinal);
        Assert.All(reader.Documents, document => Assert.StartsWith("/_/", reader.GetString(reader.GetDocument(document).Name), StringComparison.Ordinal));
    }

    /// <summary>
    /// The section of CHANGELOG.md for a version, or the Unreleased one when the version has none
    /// (a prerelease build), without its heading.
    /// </summary>
    private static string ChangelogSection(string version)
    {
        var changelog = File.ReadAllText(RepositoryPaths.Combine("CHANGELOG.md")).ReplaceLineEndings("\n");
        var lines = changelog.Split('\n');
        var heading = Array.FindIndex(lines, line => line.StartsWith($"## [{version}]", StringComparison.Ordinal));
        if (heading < 0)
        {
            heading = Array.IndexOf(lines, "## [Unreleased]");
        }

        Assert.True(heading >= 0, "CHANGELOG.md has neither the version's section nor an Unreleased one");
        var body = lines.Skip(heading + 1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal) && !LinkDefinition().IsMatch(line));
        var section = string.Join('\n', body).Trim();
        Assert.Contains("### ", section, StringComparison.Ordinal);
        return section;
    }

    private static string HeadCommit()
    {
        var (code, output, error) = ExternalTools.Run("git", ["rev-parse", "HEAD"], RepositoryPaths.Root);
        Assert.True(code == 0, error);
        return output.Trim();
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var entry = zip.GetEntry(name)?.Open() ?? throw new Xunit.Sdk.XunitException($"the package has no {name}");
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex(@"^\[[^\]]+\]: ")]
    private static partial Regex LinkDefinition();
}
