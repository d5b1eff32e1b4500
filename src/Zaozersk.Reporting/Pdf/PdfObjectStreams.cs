using System.Buffers;
using System.Globalization;
using System.Text;
using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Packs the objects the library writes itself into compressed object streams (ISO 32000-1,
/// 7.5.7) of up to <see cref="ObjectsPerStream"/> objects each, numbering the streams from
/// <paramref name="firstNumber"/>. A structure element is a 40-byte dictionary that repeats its
/// neighbours' keys, so packed it costs a few bytes instead of an object header, «endobj» and a
/// 20-byte cross-reference line. The cross-reference stream then finds each object by its stream
/// and index (<see cref="Compressed"/>).
/// </summary>
internal sealed class PdfObjectStreams(int firstNumber)
{
    /// <summary>
    /// Objects in one stream: enough for the dictionaries' repetition to compress well, few
    /// enough that a reader looking up one element inflates only a few kilobytes.
    /// </summary>
    public const int ObjectsPerStream = 200;

    private readonly List<(int Number, int Offset)> _batch = new(ObjectsPerStream);
    private readonly ArrayBufferWriter<byte> _data = new(16_384);
    private int _stream;

    /// <summary>The next object number free after the streams numbered so far.</summary>
    public int Next { get; private set; } = firstNumber;

    /// <summary>Each packed object's stream and its index in it.</summary>
    public Dictionary<int, (int Stream, int Index)> Compressed { get; } = [];

    /// <summary>Starts object <paramref name="number"/>, closing the stream being filled first when it is full.</summary>
    public void Begin(PooledBufferStream output, Dictionary<int, long> offsets, int number)
    {
        if (_batch.Count == ObjectsPerStream)
        {
            Close(output, offsets);
        }

        if (_batch.Count == 0)
        {
            _stream = Next++;
        }

        Compressed[number] = (_stream, _batch.Count);
        _batch.Add((number, _data.WrittenCount));
    }

    /// <summary>Bytes of the current object.</summary>
    public void Write(ReadOnlySpan<byte> bytes) => _data.Write(bytes);

    /// <summary>Writes the stream being filled, if any, as an object of <paramref name="output"/>.</summary>
    public void Close(PooledBufferStream output, Dictionary<int, long> offsets)
    {
        if (_batch.Count == 0)
        {
            return;
        }

        // The stream's header: each object's number and its offset after the header.
        var header = new StringBuilder(_batch.Count * 12);
        foreach (var (number, offset) in _batch)
        {
            header.Append(number.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(offset.ToString(CultureInfo.InvariantCulture)).Append(' ');
        }

        header[^1] = '\n';
        var headerBytes = Encoding.ASCII.GetBytes(header.ToString());
        offsets[_stream] = output.Position;
        var entries = $"/Type/ObjStm/N {_batch.Count.ToString(CultureInfo.InvariantCulture)}/First {headerBytes.Length.ToString(CultureInfo.InvariantCulture)}";
        PdfFlateObject.Write(output, _stream, entries, headerBytes, _data.WrittenSpan);
        _batch.Clear();
        _data.ResetWrittenCount();
    }
}
