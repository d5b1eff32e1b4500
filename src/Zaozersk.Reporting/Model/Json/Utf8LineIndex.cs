using Zaozersk.Reporting.Diagnostics;

namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// Turns byte offsets in a UTF-8 buffer into line and character column, because the JSON reader
/// counts bytes and a Cyrillic letter is two of them.
/// </summary>
internal sealed class Utf8LineIndex
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly List<int> _lineStarts = [0];

    public Utf8LineIndex(ReadOnlyMemory<byte> utf8)
    {
        _utf8 = utf8;
        var span = utf8.Span;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Position of the byte at <paramref name="offset"/> in the whole buffer.</summary>
    public SourcePosition At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return At(line, offset - _lineStarts[line]);
    }

    /// <summary>Position of a byte given as 0-based line and byte offset within that line.</summary>
    public SourcePosition At(long zeroBasedLine, long byteInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        var start = _lineStarts[line];
        var end = (int)Math.Min(start + Math.Max(byteInLine, 0), _utf8.Length);
        var column = 1;
        foreach (var b in _utf8.Span[start..end])
        {
            // Continuation bytes (10xxxxxx) belong to the character already counted.
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new SourcePosition(line + 1, column);
    }
}
