using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>Issue #12, items 5 and 7: a command writes all its files or none, under temporary names short enough for any legal target.</summary>
public sealed class FileBatchTests : IDisposable
{
    private readonly TempFolder _folder = new("zr-batch-");

    public void Dispose() => _folder.Dispose();

    private string In(string name) => Path.Combine(_folder, name);

    /// <summary>Writes like the disk does until the disk is full: the second file fails half-way.</summary>
    private static Func<string, ReadOnlyMemory<byte>, CancellationToken, Task> DiskFullAfter(int files)
    {
        var count = 0;
        return (path, content, _) =>
        {
            using var stream = File.Create(path);
            if (++count > files)
            {
                stream.Write(content.Span[..(content.Length / 2)]);
                throw new IOException("No space left on device : '" + path + "'");
            }

            stream.Write(content.Span);
            return Task.CompletedTask;
        };
    }

    [Fact]
    public async Task A_full_disk_while_staging_leaves_no_file_and_no_leftover()
    {
        File.WriteAllText(In("report.docx"), "the old report");
        using (var batch = new FileBatch(DiskFullAfter(1)))
        {
            await batch.StageAsync(In("report.docx"), new byte[1000]);

            var error = await Assert.ThrowsAsync<IOException>(() => batch.StageAsync(In("report.pdf"), new byte[1000]));

            Assert.Equal($"cannot write '{In("report.pdf")}': No space left on device", error.Message);
        }

        Assert.Equal(["report.docx"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        Assert.Equal("the old report", File.ReadAllText(In("report.docx")));
    }

    [Fact]
    public async Task A_read_only_folder_is_an_ordinary_error_naming_the_file()
    {
        using var batch = new FileBatch((path, _, _) => throw new UnauthorizedAccessException($"Access to the path '{path}' is denied."));

        var error = await Assert.ThrowsAsync<IOException>(() => batch.StageAsync(In("report.json"), new byte[10]));

        Assert.Equal($"cannot write '{In("report.json")}': permission denied (is the folder read-only?)", error.Message);
    }

    [Fact]
    public async Task A_failure_while_moving_in_takes_out_what_was_moved_and_restores_what_it_replaced()
    {
        File.WriteAllText(In("a.docx"), "old a");
        using var batch = new FileBatch();
        await batch.StageAsync(In("a.docx"), "new a"u8.ToArray());
        await batch.StageAsync(In("b.pdf"), "new b"u8.ToArray());

        // Something takes the second name after staging: the move in fails.
        Directory.CreateDirectory(In("b.pdf"));
        var error = Assert.Throws<IOException>(batch.Commit);

        Assert.StartsWith($"cannot write '{In("b.pdf")}'", error.Message, StringComparison.Ordinal);
        Assert.Equal("old a", File.ReadAllText(In("a.docx")));
        Assert.Equal(["a.docx"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_committed_batch_replaces_its_targets_and_leaves_nothing_else()
    {
        File.WriteAllText(In("a.docx"), "old a");
        using (var batch = new FileBatch())
        {
            await batch.StageAsync(In("a.docx"), "new a"u8.ToArray());
            await batch.StageAsync(In("b.pdf"), "new b"u8.ToArray());
            batch.Commit();
        }

        Assert.Equal(["a.docx", "b.pdf"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("new a", File.ReadAllText(In("a.docx")));
    }

    [Fact]
    public async Task A_folder_in_place_of_a_target_is_refused_before_anything_is_written()
    {
        Directory.CreateDirectory(In("seed.pdf"));
        using var batch = new FileBatch();
        await batch.StageAsync(In("seed.docx"), new byte[10]);

        var error = await Assert.ThrowsAsync<IOException>(() => batch.StageAsync(In("seed.pdf"), new byte[10]));

        Assert.Equal($"cannot write '{In("seed.pdf")}': a folder of that name is in the way", error.Message);
        batch.Dispose();
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Rendering_to_files_writes_both_formats_or_neither()
    {
        var renderer = new DocumentRenderer();
        var seed = TestData.Seed;
        Directory.CreateDirectory(In("seed.pdf"));

        await Assert.ThrowsAsync<IOException>(() => renderer.RenderToFilesAsync(seed, [OutputFormat.Docx, OutputFormat.Pdf], _folder, "seed"));

        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task A_long_but_legal_output_name_is_written()
    {
        var name = new string('x', 235);
        var renderer = new DocumentRenderer();

        var written = await renderer.RenderToFilesAsync(TestData.Seed, [OutputFormat.Docx], _folder, name);

        Assert.Equal([In(name + ".docx")], written);
        Assert.True(File.Exists(In(name + ".docx")));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Exporting_the_templates_on_a_full_disk_leaves_no_folder_and_no_file()
    {
        var target = In("my-templates");
        var error = Assert.Throws<IOException>(() => Zaozersk.Reporting.Templating.TemplateSource.ExportBuiltIns(target, DiskFullAfter(3)));

        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }
}
