using System.IO.Compression;
using System.Text;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>
/// Writes DOCX packages by hand, part by part, with <see cref="ZipArchive"/>: what no well-behaved
/// producer writes (deep nesting, huge parts, dangling links, foreign encodings). Parts are written
/// through a callback straight into the compressor, so a file that unpacks to gigabytes costs the
/// test a few kilobytes of memory.
/// </summary>
internal sealed class HostileDocx
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string Header = R + "/header";
    public const string Footer = R + "/footer";
    public const string Image = R + "/image";
    public const string Styles = R + "/styles";

    private const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml";

    private readonly List<(string Name, Action<Stream> Write)> _parts = [];
    private readonly List<(string Type, string Target)> _documentLinks = [];
    private readonly Dictionary<string, string> _overrides = new(StringComparer.Ordinal);
    private Action<TextWriter> _body = _ => { };
    private string _documentStart = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private string? _packageLinks;

    /// <summary>What goes between &lt;w:body&gt; and &lt;/w:body&gt;.</summary>
    public HostileDocx Body(Action<TextWriter> body)
    {
        _body = body;
        return this;
    }

    /// <summary>The body as one string.</summary>
    public HostileDocx Body(string body) => Body(w => w.Write(body));

    /// <summary>The XML declaration of the main part (to declare another encoding, say).</summary>
    public HostileDocx DocumentDeclaration(string declaration)
    {
        _documentStart = declaration;
        return this;
    }

    /// <summary>A part of the main document, linked from it with <paramref name="type"/>; null content leaves the part out (a dangling link).</summary>
    public HostileDocx Linked(string type, string target, Action<TextWriter>? content, string? contentType = null)
    {
        _documentLinks.Add((type, target));
        if (content is not null)
        {
            _parts.Add(("word/" + target, stream => Text(stream, content)));
            _overrides["/word/" + target] = contentType ?? WordContentType + "." + type[(type.LastIndexOf('/') + 1)..] + "+xml";
        }

        return this;
    }

    /// <summary>A page header part holding <paramref name="content"/> inside &lt;w:hdr&gt;.</summary>
    public HostileDocx PageHeader(string target, Action<TextWriter> content) =>
        Linked(Header, target, w =>
        {
            w.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr xmlns:w=\"{W}\">");
            content(w);
            w.Write("</w:hdr>");
        });

    /// <summary>An entry of the ZIP archive that nothing links to.</summary>
    public HostileDocx Entry(string name, string content)
    {
        _parts.Add((name, stream => Text(stream, w => w.Write(content))));
        return this;
    }

    /// <summary>The package's own relationships file as written, replacing the usual one.</summary>
    public HostileDocx PackageRelationships(string xml)
    {
        _packageLinks = xml;
        return this;
    }

    /// <summary>Writes the package to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", s => Text(s, w =>
        {
            w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
            w.Write("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>");
            w.Write($"<Override PartName=\"/word/document.xml\" ContentType=\"{WordContentType}.document.main+xml\"/>");
            foreach (var (name, type) in _overrides)
            {
                w.Write($"<Override PartName=\"{name}\" ContentType=\"{type}\"/>");
            }

            w.Write("</Types>");
        }));
        Entry(zip, "_rels/.rels", s => Text(s, w => w.Write(_packageLinks ?? $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{R}/officeDocument\" Target=\"word/document.xml\"/></Relationships>")));
        Entry(zip, "word/document.xml", s => Text(s, w =>
        {
            w.Write(_documentStart);
            w.Write($"<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>");
            _body(w);
            w.Write("</w:body></w:document>");
        }));
        if (_documentLinks.Count > 0)
        {
            Entry(zip, "word/_rels/document.xml.rels", s => Text(s, w =>
            {
                w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
                for (var i = 0; i < _documentLinks.Count; i++)
                {
                    w.Write($"<Relationship Id=\"rIdX{i}\" Type=\"{_documentLinks[i].Type}\" Target=\"{_documentLinks[i].Target}\"/>");
                }

                w.Write("</Relationships>");
            }));
        }

        foreach (var (name, write) in _parts)
        {
            Entry(zip, name, write);
        }
    }

    /// <summary>The package's bytes.</summary>
    public byte[] ToArray()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>Writes the package to a file.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        WriteTo(file);
    }

    /// <summary>A table of one row and one cell holding a paragraph with <paramref name="text"/>.</summary>
    public static string OneCellTable(string text) =>
        $"<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

    /// <summary>A paragraph with the XML <paramref name="runs"/> as its content.</summary>
    public static string Paragraph(string runs) => $"<w:p>{runs}</w:p>";

    /// <summary>A small plan table: a header and one section with one measure, texts given as XML.</summary>
    public static string PlanTable(string measure = "Проведение антикоррупционной экспертизы", string section = "1. Организационные меры") =>
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        + Row("№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок исполнения")
        + $"<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"4\"/></w:tcPr><w:p><w:r><w:t>{section}</w:t></w:r></w:p></w:tc></w:tr>"
        + Row("1.1", measure, "Юридический отдел", "постоянно")
        + "</w:tbl>";

    /// <summary>Repeats <paramref name="text"/> <paramref name="count"/> times.</summary>
    public static Action<TextWriter> Repeat(string text, long count) => w =>
    {
        for (long i = 0; i < count; i++)
        {
            w.Write(text);
        }
    };

    private static string Row(params string[] cells) =>
        "<w:tr>" + string.Concat(cells.Select(c => $"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>")) + "</w:tr>";

    private static void Entry(ZipArchive zip, string name, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        write(stream);
    }

    private static void Text(Stream stream, Action<TextWriter> content)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);
        content(writer);
    }
}
