namespace Zaozersk.Reporting.Tests;

/// <summary>Finds the repository's files from a test run, wherever the build put the binaries.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding Zaozersk.Reporting.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>A path under the repository root, from '/'-separated parts.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// The real path of a [CallerFilePath]: deterministic builds map the repository root to "/_/",
    /// so map it back.
    /// </summary>
    public static string SourceFile(string callerFilePath) =>
        callerFilePath.StartsWith("/_/", StringComparison.Ordinal)
            ? Path.Combine(Root, callerFilePath["/_/".Length..])
            : callerFilePath;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zaozersk.Reporting.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Zaozersk.Reporting.sln not found above " + AppContext.BaseDirectory);
    }
}
