using System.Globalization;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.IO;

/// <summary>
/// Writes a set of files all or nothing. Each file is first written under a short temporary name
/// in its target folder (so the final move is a rename on the same file system); only when every
/// file is written are they moved into place. If anything fails, the staged files are removed and
/// the files this batch already moved in are taken out again, restoring any file they replaced.
/// </summary>
internal sealed class FileBatch : IDisposable
{
    // On Linux and macOS an I/O error's HResult is the system's errno; on Windows, the Win32 error as an HRESULT.
    private const int DiskFull = 28; // ENOSPC
    private const int ReadOnlyFileSystem = 30; // EROFS
    private const int QuotaExceeded = 122; // EDQUOT (Linux)
    private const int WindowsWriteProtect = unchecked((int)0x80070013); // ERROR_WRITE_PROTECT
    private const int WindowsSharingViolation = unchecked((int)0x80070020); // ERROR_SHARING_VIOLATION
    private const int WindowsLockViolation = unchecked((int)0x80070021); // ERROR_LOCK_VIOLATION
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027); // ERROR_HANDLE_DISK_FULL
    private const int WindowsDiskFull = unchecked((int)0x80070070); // ERROR_DISK_FULL

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
            throw new IOException(Localized.Text($"cannot write '{target}': a folder of that name is in the way", $"нельзя записать '{target}': мешает папка с тем же именем"));
        }

        var temporary = TemporaryNameBeside(full);
        _staged.Add((temporary, full));
        try
        {
            await _write(temporary, content, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CannotWrite(target, ex, temporary);
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
            throw CannotWrite(target, ex, temporary);
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

    private static IOException CannotWrite(string target, Exception ex, string temporary)
    {
        var reason = Reason(ex, temporary);
        return new IOException(Localized.Text($"cannot write '{target}': {reason}", $"нельзя записать '{target}': {reason}"), ex);
    }

    /// <summary>
    /// Why the system refused, in the message language: the usual causes by their error code (the
    /// same on every system the library runs on); any other in English as the system words it, and
    /// in Russian by its code alone, without the temporary name the user never chose.
    /// </summary>
    private static string Reason(Exception ex, string temporary) => ex switch
    {
        UnauthorizedAccessException => Localized.Text("permission denied (is the folder read-only?)", "нет прав на запись (папка только для чтения?)"),
        DirectoryNotFoundException => Localized.Text("the folder does not exist", "папки не существует"),
        PathTooLongException => Localized.Text("the path is too long", "слишком длинный путь"),
        IOException { HResult: DiskFull or WindowsDiskFull or WindowsHandleDiskFull } => Localized.Text("the disk is full", "диск заполнен"),
        IOException { HResult: QuotaExceeded } => Localized.Text("the disk quota is exhausted", "исчерпана квота на диске"),
        IOException { HResult: ReadOnlyFileSystem or WindowsWriteProtect } => Localized.Text("the disk is read-only", "диск доступен только для чтения"),
        IOException { HResult: WindowsSharingViolation or WindowsLockViolation } => Localized.Text("the file is in use by another program", "файл занят другой программой"),
        _ => Localized.Text(
            ex.Message.Replace($" : '{temporary}'", string.Empty, StringComparison.Ordinal).Replace(temporary, Path.GetFileName(temporary), StringComparison.Ordinal),
            string.Create(CultureInfo.InvariantCulture, $"ошибка ввода-вывода (код 0x{ex.HResult:X8})")),
    };

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
