using System.Runtime.CompilerServices;

namespace Zaozersk.Reporting.Tests.Snapshots;

/// <summary>
/// Verify-style entry points: the snapshot is named after the calling test's file (one test class
/// per file, named like the file) and method, and lives beside that file.
/// </summary>
public static class Snapshot
{
    /// <summary>Checks <paramref name="text"/> against <c>&lt;Class&gt;.&lt;Method&gt;.verified.&lt;extension&gt;</c>.</summary>
    public static void VerifyText(string text, string extension = "txt", string? suffix = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var (store, name) = Locate(sourceFile, method, suffix);
        store.VerifyText(name, text, extension);
    }

    /// <summary>Checks a binary document against its verified snapshot; verify its text twin first.</summary>
    public static void VerifyBinary(byte[] bytes, string extension, string? suffix = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var (store, name) = Locate(sourceFile, method, suffix);
        store.VerifyBinary(name, bytes, extension);
    }

    private static (SnapshotStore Store, string Name) Locate(string sourceFile, string method, string? suffix)
    {
        var file = RepositoryPaths.SourceFile(sourceFile);
        var name = $"{Path.GetFileNameWithoutExtension(file)}.{method}{(suffix is null ? string.Empty : "_" + suffix)}";
        return (new SnapshotStore(Path.GetDirectoryName(file)!, SnapshotStore.AcceptFromEnvironment), name);
    }
}
