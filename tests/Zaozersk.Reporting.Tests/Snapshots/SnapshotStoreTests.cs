using Xunit.Sdk;
using Zaozersk.Reporting.Tests.Snapshots;

namespace Zaozersk.Reporting.Tests.Snapshots;

/// <summary>The snapshot helper itself: new snapshots fail until accepted, matches pass, mismatches fail with a diff.</summary>
public sealed class SnapshotStoreTests : IDisposable
{
    private readonly TempFolder _directory = new("zr-snapshots-");

    public void Dispose() => _directory.Dispose();

    private string PathOf(string file) => Path.Combine(_directory, file);

    [Fact]
    public void New_snapshot_fails_and_writes_received_until_accepted_by_renaming()
    {
        var store = new SnapshotStore(_directory, acceptChanges: false);

        var failure = Assert.Throws<XunitException>(() => store.VerifyText("Class.Method", "первая строка\nвторая\n"));

        Assert.StartsWith("New snapshot Class.Method.txt", failure.Message, StringComparison.Ordinal);
        Assert.Equal("первая строка\nвторая\n", File.ReadAllText(PathOf("Class.Method.received.txt")));
        Assert.False(File.Exists(PathOf("Class.Method.verified.txt")));

        File.Move(PathOf("Class.Method.received.txt"), PathOf("Class.Method.verified.txt"));
        store.VerifyText("Class.Method", "первая строка\r\nвторая\r\n");

        Assert.False(File.Exists(PathOf("Class.Method.received.txt")));
    }

    [Fact]
    public void Mismatch_writes_received_and_fails_with_a_line_diff()
    {
        File.WriteAllText(PathOf("C.M.verified.txt"), "1\n2\n3\n4\n5\n6\n7\n8\n");
        var store = new SnapshotStore(_directory, acceptChanges: false);

        var failure = Assert.Throws<XunitException>(() => store.VerifyText("C.M", "1\n2\n3\nчетыре\n5\n6\n7\n8\n"));

        Assert.Contains("- 4\n+ четыре\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("  3\n", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("  8\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("rename C.M.received.txt to C.M.verified.txt", failure.Message, StringComparison.Ordinal);
        Assert.Equal("1\n2\n3\nчетыре\n5\n6\n7\n8\n", File.ReadAllText(PathOf("C.M.received.txt")));
        Assert.Equal("1\n2\n3\n4\n5\n6\n7\n8\n", File.ReadAllText(PathOf("C.M.verified.txt")));
    }

    [Fact]
    public void Match_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(PathOf("C.M.verified.txt"), "same\n");
        File.WriteAllText(PathOf("C.M.received.txt"), "old attempt\n");

        new SnapshotStore(_directory, acceptChanges: false).VerifyText("C.M", "same\n");

        Assert.False(File.Exists(PathOf("C.M.received.txt")));
    }

    [Fact]
    public void Binary_mismatch_names_the_first_differing_byte()
    {
        File.WriteAllBytes(PathOf("C.M.verified.pdf"), [1, 2, 3, 4]);
        var store = new SnapshotStore(_directory, acceptChanges: false);

        var failure = Assert.Throws<XunitException>(() => store.VerifyBinary("C.M", [1, 2, 9, 4, 5], "pdf"));

        Assert.Contains("differs from byte 2 (verified 4 bytes, received 5 bytes)", failure.Message, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 1, 2, 9, 4, 5 }, File.ReadAllBytes(PathOf("C.M.received.pdf")));
    }

    [Fact]
    public void Accept_mode_overwrites_verified_and_passes()
    {
        File.WriteAllText(PathOf("C.M.verified.txt"), "old\n");

        new SnapshotStore(_directory, acceptChanges: true).VerifyText("C.M", "new\n");

        Assert.Equal("new\n", File.ReadAllText(PathOf("C.M.verified.txt")));
        Assert.False(File.Exists(PathOf("C.M.received.txt")));
    }

    [Fact]
    public void Snapshot_files_are_named_after_the_test_class_and_method()
    {
        // This test's own verified file sits beside this source file.
        Snapshot.VerifyText("Snapshot helper naming check: Class.Method beside the test.\n");

        Assert.True(File.Exists(RepositoryPaths.Combine("tests", "Zaozersk.Reporting.Tests", "Snapshots",
            "SnapshotStoreTests.Snapshot_files_are_named_after_the_test_class_and_method.verified.txt")));
    }
}
