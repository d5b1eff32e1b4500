using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// The text of a part the import only reports (a page header, footer, notes) or only looks into
/// (the producing application), streamed: only its start is kept, however large the part is.
/// </summary>
internal static class PartText
{
    // Enough characters other than spaces that the excerpt of the start equals the excerpt of the whole.
    private const int KeptCharacters = 200;

    /// <summary>The start of the part's text (its w:t elements joined by spaces, trimmed), whether the whole text has a letter, and how many pictures it holds.</summary>
    public static (string Start, bool HasLetter, int Pictures) Read(OpenXmlPart part, long maxCharacters)
    {
        using var reader = WordBodyReader.Open(part, WordBodyReader.Settings(maxCharacters));
        var start = new StringBuilder();
        var chunk = new char[4096];
        var kept = 0;
        var letter = false;
        var first = true;
        var pictures = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "blip" or "imagedata" && reader.NamespaceURI != WordBodyReader.W)
            {
                // A logo or coat of arms in a page header: reported, as a picture in the body is.
                pictures++;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "t" || reader.NamespaceURI != WordBodyReader.W)
            {
                continue;
            }

            if (!first && kept < KeptCharacters)
            {
                start.Append(' ');
            }

            first = false;
            if (reader.IsEmptyElement)
            {
                continue;
            }

            var depth = reader.Depth;
            while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
            {
                if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
                {
                    continue;
                }

                int read;
                while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    var text = chunk.AsSpan(0, read);
                    letter = letter || text.ContainsAnyExcept(NotLetters) && HasLetter(text);
                    if (kept < KeptCharacters)
                    {
                        start.Append(text);
                        kept += read - Count(text);
                    }
                }
            }
        }

        return (start.ToString().Trim(), letter, pictures);
    }

    /// <summary>The name of the application that wrote the file (docProps/app.xml), its first 100 characters; null when not stated.</summary>
    public static string? Application(ExtendedFilePropertiesPart? part, long maxCharacters)
    {
        if (part is null)
        {
            return null;
        }

        using var reader = WordBodyReader.Open(part, WordBodyReader.Settings(maxCharacters));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1 && reader.LocalName == "Application" && !reader.IsEmptyElement)
            {
                var name = new char[100];
                var length = 0;
                while (reader.Read() && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace && length < name.Length)
                {
                    length += reader.ReadValueChunk(name, length, name.Length - length);
                }

                return new string(name, 0, length);
            }
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> NotLetters = System.Buffers.SearchValues.Create(" \t\n\r0123456789");

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The separators an excerpt collapses, counted so that <see cref="KeptCharacters"/> counts only the rest.</summary>
    private static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\n' or '\t' or '\u00A0' or '\u2060')
            {
                count++;
            }
        }

        return count;
    }
}
