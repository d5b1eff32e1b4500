namespace Zaozersk.Reporting.IO;

/// <summary>Writes one file so that it appears complete or not at all (a <see cref="FileBatch"/> of one).</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="bytes">Its whole content.</param>
    /// <param name="cancellationToken">Stops the write; the target is then untouched.</param>
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var batch = new FileBatch();
        await batch.StageAsync(path, bytes, cancellationToken).ConfigureAwait(false);
        batch.Commit();
    }
}
