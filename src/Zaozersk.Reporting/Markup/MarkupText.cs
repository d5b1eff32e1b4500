using System.Text;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// Markup as a template wrote it: the chunks of a <see cref="StringBuilder"/>, read in place.
/// A large report's markup is tens of megabytes; turning the builder into one string would copy
/// all of it into a single block that only a full collection frees, next to the builder itself.
/// </summary>
internal sealed class MarkupText : IMarkupSink, IMarkupSource
{
    private readonly StringBuilder _builder;

    /// <summary>Markup being written into, or already in, <paramref name="builder"/>.</summary>
    public MarkupText(StringBuilder builder)
    {
        _builder = builder;
    }

    /// <summary>Markup given as one string (tests, small inputs): copied into chunks once.</summary>
    public MarkupText(string text)
        : this(new StringBuilder(text))
    {
    }

    /// <summary>Characters written so far.</summary>
    public int Length => _builder.Length;

    /// <summary>Appends what a template wrote.</summary>
    public void Append(string text, int offset, int count) => _builder.Append(text, offset, count);

    /// <summary>A reader over the chunks, from the start; the text must not change while it reads.</summary>
    public TextReader OpenReader() => new ChunkReader(_builder);

    /// <summary>
    /// Line <paramref name="number"/> (1-based) for an error excerpt, or null past the end; with a
    /// number of 0 or less, the last line. Also gives the number of lines. Scans the chunks, so it
    /// is meant for the one error a render reports, not for every element.
    /// </summary>
    public (string? Line, int LineCount) FindLine(int number)
    {
        var current = 1;
        var line = new StringBuilder();
        var found = false;
        foreach (var chunk in _builder.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c == '\n')
                {
                    if (current == number)
                    {
                        found = true;
                    }

                    current++;
                    if (!found)
                    {
                        line.Clear();
                    }
                }
                else if (!found && (number <= 0 || current == number))
                {
                    line.Append(c);
                }
            }
        }

        return (found || number <= 0 || current == number ? line.ToString() : null, current);
    }

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();

    /// <summary>Reads a builder's chunks one after another without joining them.</summary>
    private sealed class ChunkReader(StringBuilder builder) : ChunkedTextReader
    {
        private StringBuilder.ChunkEnumerator _chunks = builder.GetChunks();

        /// <inheritdoc/>
        protected override ReadOnlyMemory<char> NextChunk()
        {
            // Empty chunks are skipped: an empty one means the end.
            while (_chunks.MoveNext())
            {
                if (!_chunks.Current.IsEmpty)
                {
                    return _chunks.Current;
                }
            }

            return ReadOnlyMemory<char>.Empty;
        }
    }
}
