using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// The text of each footnote or endnote, by id, streamed: the separators Word keeps as notes are
/// left out, and only the start of each note (and of the first notes) is kept, however large the part.
/// </summary>
internal static class NoteTexts
{
    // A note's words are reported in full up to this many characters (the message then cuts it anyway).
    private const int KeptPerNote = 1100;

    // More notes than a warning list shows; the rest are counted by the log's own limit.
    private const int KeptNotes = 2000;

    /// <summary>The notes of <paramref name="part"/> with a letter or digit in them, in the part's order.</summary>
    public static IReadOnlyList<(string Id, string Text)> Read(OpenXmlPart? part, long maxCharacters)
    {
        var notes = new List<(string Id, string Text)>();
        if (part is null)
        {
            return notes;
        }

        using var reader = WordBodyReader.Open(part, WordBodyReader.Settings(maxCharacters));
        var chunk = new char[1024];
        string? id = null;
        var text = new StringBuilder();
        var noteDepth = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == noteDepth)
            {
                if (id is not null && notes.Count < KeptNotes && text.ToString().Any(char.IsLetterOrDigit))
                {
                    notes.Add((id, text.ToString().Trim()));
                }

                (id, noteDepth) = (null, -1);
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordBodyReader.W)
            {
                continue;
            }

            if (reader.LocalName is "footnote" or "endnote" && !reader.IsEmptyElement)
            {
                // Separators and continuation notices are layout, kept by Word as notes of a type.
                id = reader.GetAttribute("type", WordBodyReader.W) is null or "normal" ? reader.GetAttribute("id", WordBodyReader.W) : null;
                noteDepth = reader.Depth;
                text.Clear();
            }
            else if (reader.LocalName is "p" or "tab" or "br" && text.Length is > 0 and < KeptPerNote && text[^1] != ' ')
            {
                // Paragraphs, tabs and breaks read as one space (empty paragraphs add none); never beyond what is kept.
                text.Append(' ');
            }
            else if (reader.LocalName == "t" && !reader.IsEmptyElement && id is not null)
            {
                var depth = reader.Depth;
                while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
                {
                    int read;
                    while (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                        && (read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        if (text.Length < KeptPerNote)
                        {
                            text.Append(chunk, 0, Math.Min(read, KeptPerNote - text.Length));
                        }
                    }
                }
            }
        }

        return notes;
    }
}
