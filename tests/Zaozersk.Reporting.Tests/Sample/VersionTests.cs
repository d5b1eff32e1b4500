using System.Reflection;

namespace Zaozersk.Reporting.Tests.Sample;

/// <summary>The host, the library and the package carry one version.</summary>
public sealed class VersionTests
{
    [Fact]
    public void Host_prints_the_library_version()
    {
        var library = typeof(DocumentRenderer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var (code, output, _) = SampleHostProcess.Run(["--version"]);

        Assert.Equal(0, code);
        Assert.Equal(library, output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+$", library);
    }

    [Fact]
    public void Help_names_the_command_the_tool_installs()
    {
        var project = System.Xml.Linq.XDocument.Load(RepositoryPaths.Combine("samples", "Zaozersk.Reporting.Sample", "Zaozersk.Reporting.Sample.csproj"));
        var command = project.Descendants("ToolCommandName").Single().Value;

        var (code, output, _) = SampleHostProcess.Run(["--help"]);
        var (renderCode, renderHelp, _) = SampleHostProcess.Run(["render", "--help"]);

        Assert.Equal((0, 0), (code, renderCode));
        Assert.Contains($"Usage:\n  {command} [command] [options]", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"Usage:\n  {command} render <input> [options]", renderHelp.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
