namespace Zaozersk.Reporting.Tests;

/// <summary>
/// A fresh folder under the system's temporary folder, deleted with everything in it when disposed:
/// a test class holds one in a field and disposes it in its own <c>Dispose</c>, or a test in a
/// <c>using</c>. It converts to its path, so it goes wherever a folder's path does.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder, its name starting with <paramref name="prefix"/> (which names the test in a listing of the temporary folder).</summary>
    public TempFolder(string prefix = "zr-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    public static implicit operator string(TempFolder folder) => folder.Path;

    /// <summary>A path in the folder.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public override string ToString() => Path;

    /// <summary>Deletes the folder; one already gone (a test removed it) is no error.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
