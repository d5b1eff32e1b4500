using System.Globalization;

namespace Zaozersk.Reporting;

/// <summary>
/// Writes a set of files all or nothing. Each file is first written under a short temporary name
/// in its target folder (so the final move is a rename on the same file system); only when every
/// file is written are they moved into place. If anything fails, the staged files are removed and
/// the files this batch already moved in are taken out again, restoring any file they replaced.
/// </summary>
internal sealed class FileBatch : IDisposable
{
    private static int _counter;

    private readonly Func<string, ReadOnlyMemory<byte>, CancellationToken, Task> _write;
    private readonly List<(string Temporary, string Target)> _staged = [];
    private bool _committed;

    /// <summary>Creates a batch that writes files to disk.</summary>
    public FileBatch()
        : this(WriteFile)
    {
    }

    /// <summary>Creates a batch with its own way of writing a staged file (tests use it to simulate a full disk).</summary>
    internal FileBatch(Func<string, ReadOnlyMemory<byte>, CancellationToken, Task> write) => _write = write;

    /// <summary>Writes <paramref name="content"/> under a temporary name beside <paramref name="target"/>.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="target"/>.</exception>
    public async Task StageAsync(string target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        var full = Path.GetFullPath(target);
        if (Directory.Exists(full))
        {
            throw new IOException($"cannot write '{target}': a folder of that name is in the way");
        }

        var temporary = TemporaryNameBeside(full);
        _staged.Add((temporary, full));
        try
        {
            await _write(temporary, content, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write '{target}': {Reason(ex, temporary)}", ex);
        }
    }

    /// <summary>Writes <paramref name="content"/> under a temporary name beside <paramref name="target"/>, synchronously.</summary>
    /// <exception cref="IOException">The file cannot be written; the message names <paramref name="target"/>.</exception>
    public void Stage(string target, ReadOnlyMemory<byte> content) => StageAsync(target, content).GetAwaiter().GetResult();

    /// <summary>Moves every staged file into place, or, on failure, none of them.</summary>
    /// <exception cref="IOException">A file could not be moved in; everything is as it was before the batch.</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        var done = new List<Move>();
        var index = 0;
        try
        {
            for (; index < _staged.Count; index++)
            {
                var (temporary, target) = _staged[index];

                // A file being replaced is kept aside until the whole batch is in, so a failure can put it back.
                string? backup = null;
                if (File.Exists(target))
                {
                    backup = TemporaryNameBeside(target);
                    File.Move(target, backup);
                }

                done.Add(new Move(target, backup, MovedIn: false));
                File.Move(temporary, target);
                done[^1] = done[^1] with { MovedIn = true };
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            RollBack(done);
            foreach (var (staged, _) in _staged.Skip(index))
            {
                TryDelete(staged);
            }

            var (temporary, target) = _staged[index];
            throw new IOException($"cannot write '{target}': {Reason(ex, temporary)}", ex);
        }

        _committed = true;
        foreach (var move in done)
        {
            TryDelete(move.Backup);
        }
    }

    /// <summary>Removes whatever was staged and not committed.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            foreach (var (temporary, _) in _staged)
            {
                TryDelete(temporary);
            }
        }

        _staged.Clear();
    }

    private static void RollBack(List<Move> done)
    {
        for (var i = done.Count - 1; i >= 0; i--)
        {
            var (target, backup, movedIn) = done[i];
            if (movedIn)
            {
                TryDelete(target);
            }

            if (backup is not null)
            {
                File.Move(backup, target, overwrite: true);
            }
        }
    }

    /// <summary>A short name in the target's folder: a long but legal target name must not make an illegal temporary one.</summary>
    private static string TemporaryNameBeside(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, string.Create(CultureInfo.InvariantCulture, $".zr{Environment.ProcessId:x}-{Interlocked.Increment(ref _counter):x}.tmp"));

    // Written synchronously: outputs are small, and it lets Stage complete without blocking on a task.
    private static Task WriteFile(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
        stream.Write(content.Span);
        return Task.CompletedTask;
    }

    /// <summary>The system's reason, without the temporary name the user never chose.</summary>
    private static string Reason(Exception ex, string temporary) => ex is UnauthorizedAccessException
        ? "permission denied (is the folder read-only?)"
        : ex.Message.Replace($" : '{temporary}'", string.Empty, StringComparison.Ordinal).Replace(temporary, Path.GetFileName(temporary), StringComparison.Ordinal);

    private static void TryDelete(string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the batch is already failing, or the file is only a leftover backup.
        }
    }

    /// <summary>One file moved (or being moved) into place, and where the file it replaced was put aside.</summary>
    private readonly record struct Move(string Target, string? Backup, bool MovedIn);
}
