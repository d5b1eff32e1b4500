using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace Zaozersk.Reporting.Tests.Snapshots;

/// <summary>
/// Snapshot files with Verify's conventions: <c>&lt;Class&gt;.&lt;Method&gt;.verified.&lt;ext&gt;</c> beside the
/// test. On a mismatch or a new snapshot the received value is written as
/// <c>.received.&lt;ext&gt;</c> and the check fails with a readable diff; accepting is renaming the
/// received file to verified, or running with <c>ZR_ACCEPT_SNAPSHOTS=1</c> (never honoured on CI).
/// </summary>
public sealed class SnapshotStore(string directory, bool acceptChanges)
{
    private const int MaxDiffLines = 120;

    /// <summary>Whether the environment asks to accept received snapshots instead of failing.</summary>
    public static bool AcceptFromEnvironment =>
        Environment.GetEnvironmentVariable("ZR_ACCEPT_SNAPSHOTS") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Compares text (line endings normalised to LF) with the verified snapshot <paramref name="name"/>.</summary>
    public void VerifyText(string name, string text, string extension = "txt")
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        Verify(name, extension, bytes, verified => Diff(Encoding.UTF8.GetString(verified), text));
    }

    /// <summary>
    /// Compares bytes with the verified snapshot. Binary snapshots are reviewed through their text
    /// twin, so verify the twin first: its diff is the readable one.
    /// </summary>
    public void VerifyBinary(string name, byte[] bytes, string extension) =>
        Verify(name, extension, bytes, verified => DescribeBinaryDifference(verified, bytes));

    private void Verify(string name, string extension, byte[] received, Func<byte[], string> explain)
    {
        var verifiedPath = Path.Combine(directory, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");

        if (File.Exists(verifiedPath))
        {
            var verified = File.ReadAllBytes(verifiedPath);
            if (verified.AsSpan().SequenceEqual(received))
            {
                File.Delete(receivedPath);
                return;
            }

            if (Accept(verifiedPath, receivedPath, received))
            {
                return;
            }

            File.WriteAllBytes(receivedPath, received);
            throw new XunitException(
                $"Snapshot {name}.{extension} differs from {Path.GetFileName(verifiedPath)}.\n" +
                $"Received: {receivedPath}\n{explain(verified)}\n" +
                $"If the change is intended, accept it: rename {Path.GetFileName(receivedPath)} to {Path.GetFileName(verifiedPath)} (or run with ZR_ACCEPT_SNAPSHOTS=1).");
        }

        if (Accept(verifiedPath, receivedPath, received))
        {
            return;
        }

        File.WriteAllBytes(receivedPath, received);
        throw new XunitException(
            $"New snapshot {name}.{extension}: review {receivedPath}\n" +
            $"and accept it by renaming it to {Path.GetFileName(verifiedPath)} (or run with ZR_ACCEPT_SNAPSHOTS=1).");
    }

    private bool Accept(string verifiedPath, string receivedPath, byte[] received)
    {
        if (!acceptChanges)
        {
            return false;
        }

        File.WriteAllBytes(verifiedPath, received);
        File.Delete(receivedPath);
        return true;
    }

    /// <summary>A line diff: "-" verified only, "+" received only, two lines of context around changes.</summary>
    internal static string Diff(string verified, string received)
    {
        var lines = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false).Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (var j = Math.Max(0, i - 2); j <= Math.Min(lines.Count - 1, i + 2); j++)
                {
                    show[j] = true;
                }
            }
        }

        var text = new StringBuilder("--- verified\n+++ received\n");
        var shown = 0;
        for (var i = 0; i < lines.Count && shown < MaxDiffLines; i++)
        {
            if (!show[i])
            {
                continue;
            }

            if (i > 0 && !show[i - 1])
            {
                text.Append("@@ line ").Append(i + 1).Append(" @@\n");
            }

            var mark = lines[i].Type switch
            {
                ChangeType.Deleted => "- ",
                ChangeType.Inserted => "+ ",
                _ => "  ",
            };
            text.Append(mark).Append(lines[i].Text).Append('\n');
            shown++;
        }

        if (shown == MaxDiffLines)
        {
            text.Append("… (diff cut at ").Append(MaxDiffLines).Append(" lines)\n");
        }

        return text.ToString();
    }

    private static string DescribeBinaryDifference(byte[] verified, byte[] received)
    {
        var common = Math.Min(verified.Length, received.Length);
        var first = 0;
        while (first < common && verified[first] == received[first])
        {
            first++;
        }

        return $"Binary content differs from byte {first} (verified {verified.Length} bytes, received {received.Length} bytes); compare the text twins.";
    }
}
