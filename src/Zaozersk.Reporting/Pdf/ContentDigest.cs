using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// A digest of everything a PDF is made from — page sizes and contents, links, outline, metadata,
/// the characters embedded — fed while the document is built. It becomes the document /ID, so
/// the same document always gets the same /ID and different ones almost surely differ.
/// </summary>
internal sealed class ContentDigest : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public void Dispose() => _hash.Dispose();

    public void Add(ReadOnlySpan<byte> data)
    {
        Add(data.Length);
        _hash.AppendData(data);
    }

    public void Add(string? text) => Add(Encoding.UTF8.GetBytes(text ?? string.Empty));

    public void Add(double value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        _hash.AppendData(bytes);
    }

    public void Add(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _hash.AppendData(bytes);
    }

    /// <summary>The first 16 bytes of the digest, as the raw string PDFsharp's document-ID setter takes (one character per byte).</summary>
    public string DocumentId()
    {
        var digest = _hash.GetHashAndReset();
        return string.Create(16, digest, (chars, bytes) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }
        });
    }
}
