namespace Zaozersk.Reporting.Model.Json;

/// <summary>
/// Turns byte offsets in a UTF-8 buffer into line and character column, because the JSON reader
/// counts bytes and a Cyrillic letter is two of them. Lines end at LF, CR LF or a lone CR.
/// </summary>
/// <remarks>
/// The checker asks for positions front to back, so the index remembers where the last column
/// count stopped and continues from there: a one-line (minified) file costs one pass, not one
/// pass per token.
/// </remarks>
internal sealed class Utf8LineIndex
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly List<int> _lineStarts = [0];

    // The last position computed: counting resumes here when the next request is further along the same line.
    private int _cursorLine = -1;
    private int _cursorOffset;
    private int _cursorColumn;

    public Utf8LineIndex(ReadOnlyMemory<byte> utf8)
    {
        _utf8 = utf8;
        var span = utf8.Span;
        for (var i = 0; i < span.Length; i++)
        {
            var b = span[i];
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 == span.Length || span[i + 1] != (byte)'\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Position of the byte at <paramref name="offset"/> in the whole buffer.</summary>
    public SourcePosition At(long offset)
    {
        var target = (int)Math.Clamp(offset, 0, _utf8.Length);
        var index = _lineStarts.BinarySearch(target);
        var line = index >= 0 ? index : ~index - 1;

        var from = _lineStarts[line];
        var column = 1;
        if (line == _cursorLine && _cursorOffset <= target)
        {
            from = _cursorOffset;
            column = _cursorColumn;
        }

        foreach (var b in _utf8.Span[from..target])
        {
            // Continuation bytes (10xxxxxx) belong to the character already counted.
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        _cursorLine = line;
        _cursorOffset = target;
        _cursorColumn = column;
        return new SourcePosition(line + 1, column);
    }
}
