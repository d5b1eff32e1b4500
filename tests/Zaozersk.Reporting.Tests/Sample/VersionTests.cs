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
}
