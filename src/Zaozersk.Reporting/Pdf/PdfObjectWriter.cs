using System.Globalization;
using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Writes PDF objects as bytes, compact (no whitespace PDF syntax does not need), into the
/// stabiliser's output, noting each object's offset for the cross-reference table. Used for the
/// objects the library writes itself after PDFsharp's save: thousands of small dictionaries that
/// PDFsharp would otherwise build as objects and serialise one by one. With
/// <paramref name="packing"/>, the objects go into compressed object streams instead (PDF 1.5 and
/// PDF/A-2; PDF/A-1 forbids them), which the cross-reference stream then points into.
/// </summary>
internal sealed class PdfObjectWriter(PooledBufferStream output, Dictionary<int, long> offsets, PdfObjectStreams? packing = null)
{
    private readonly byte[] _buffer = new byte[16_384];
    private int _length;

    /// <summary>Starts object <paramref name="number"/> («N 0 obj» and the line end PDF/A asks for).</summary>
    public void Begin(int number)
    {
        Drain();
        if (packing is not null)
        {
            packing.Begin(output, offsets, number);
            return;
        }

        offsets[number] = output.Position;
        Number(number);
        Ascii(" 0 obj\n");
    }

    /// <summary>Ends the current object («endobj» on a line of its own, as PDF/A asks).</summary>
    public void End()
    {
        Ascii(packing is null ? "\nendobj\n" : "\n");
        if (_length > _buffer.Length / 2)
        {
            Drain();
        }
    }

    /// <summary>PDF syntax of ASCII characters only.</summary>
    public void Ascii(string text)
    {
        Reserve(text.Length);
        foreach (var c in text)
        {
            _buffer[_length++] = (byte)c;
        }
    }

    /// <summary>An integer.</summary>
    public void Number(int value)
    {
        Reserve(11);
        value.TryFormat(_buffer.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>An indirect reference «N 0 R».</summary>
    public void Reference(int number)
    {
        Number(number);
        Ascii(" 0 R");
    }

    /// <summary>Writes what is buffered to the output, and the last object stream when packing.</summary>
    public void Flush()
    {
        Drain();
        packing?.Close(output, offsets);
    }

    /// <summary>Moves what is buffered to where objects go: the output, or the object stream being filled.</summary>
    private void Drain()
    {
        if (packing is not null)
        {
            packing.Write(_buffer.AsSpan(0, _length));
        }
        else
        {
            output.Write(_buffer.AsSpan(0, _length));
        }

        _length = 0;
    }

    private void Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Drain();
        }
    }
}
