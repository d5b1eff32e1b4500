using System.Globalization;
using System.IO.Compression;
using System.IO.Packaging;
using System.Text;
using System.Xml;
using Zaozersk.Reporting.Localization;
using static System.FormattableString;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Says, in the user's words, why a file that looked like a DOCX could not be read. The exception that
/// stopped the import is not consulted: its wording belongs to the Open XML SDK, the package or XML
/// reader, and it is the same type for a damaged part as for a part over the limit. Instead the file is
/// examined again, layer by layer (ZIP archive, package, main part, the parts the import reads), and the
/// first layer found wrong is named. This runs only after a failure, and reads each part the import
/// reads at most three times: it costs no more than importing a sound file of the same shape.
/// </summary>
internal static class PackageProblem
{
    // The parts the import reads besides the main part, by the last segment of their relationship type
    // (the same in transitional and strict documents).
    private static readonly string[] PackageParts = ["officeDocument", "core-properties", "extended-properties"];
    private static readonly string[] MainParts = ["styles", "numbering", "header", "footer", "footnotes", "endnotes"];

    private static readonly NumberFormatInfo RussianNumbers = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = "," };

    /// <summary>Why <paramref name="bytes"/> cannot be imported, given the import's limit on the characters of a part.</summary>
    public static string Describe(byte[] bytes, long maxCharacters) => Find(bytes, maxCharacters) ?? Localized.Text(
        "the file cannot be read as a Word document (DOCX); it may be damaged or truncated; open it in Word and save it again",
        "файл не читается как документ Word (DOCX); возможно, он поврежден или оборван; откройте его в Word и сохраните заново");

    /// <summary>What is wrong with <paramref name="bytes"/>, or null when no layer of the file is found wrong.</summary>
    public static string? Find(byte[] bytes, long maxCharacters)
    {
        if (bytes.Length == 0)
        {
            return Localized.Text("the file is empty (0 bytes); it is not a Word document", "файл пуст (0 байт), это не документ Word");
        }

        if (!IsZip(bytes))
        {
            return Localized.Text(
                "the file is damaged or incomplete: a DOCX is a ZIP archive, and this file cannot be read as one (it may have been cut short while copying or downloading); open it in Word, or get it again",
                "файл поврежден или неполон: документ DOCX — это архив ZIP, а этот файл не читается как архив (возможно, он оборвался при копировании или загрузке); откройте его в Word или получите заново");
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var package = Package.Open(stream, FileMode.Open, FileAccess.Read);
            return Describe(package, maxCharacters);
        }
        catch (Exception ex) when (ex is XmlException or FormatException or IOException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return Localized.Text(
                "the file is a ZIP archive, but not a readable Office document: the list of its parts or the links between them are missing or damaged; open the file in Word and save it again as .docx",
                "файл — архив ZIP, но не читаемый документ Office: перечень его частей или связи между ними отсутствуют или повреждены; откройте файл в Word и сохраните его заново в формате «.docx»");
        }
    }

    private static string? Describe(Package package, long maxCharacters)
    {
        var main = Related(package.GetRelationships(), PackageParts[..1], package).FirstOrDefault();
        if (main is null)
        {
            return Localized.Text(
                "the file is a ZIP package without a Word document's main part (word/document.xml); it is not a DOCX, or it is damaged",
                "файл — архив ZIP без основной части документа Word (word/document.xml): это не DOCX или файл поврежден");
        }

        if (OtherKind(main.ContentType) is { } kind)
        {
            return kind;
        }

        var parts = new List<PackagePart> { main };
        parts.AddRange(Related(package.GetRelationships(), PackageParts[1..], package));
        parts.AddRange(Related(main.GetRelationships(), MainParts, package));

        foreach (var part in parts.DistinctBy(p => p.Uri))
        {
            if (Problem(part, part.Uri == main.Uri, maxCharacters) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>What is wrong with one part, or null when it reads as well-formed XML within the limit.</summary>
    private static string? Problem(PackagePart part, bool isMain, long maxCharacters)
    {
        var name = "«" + QuotedText.Shorten(part.Uri.OriginalString.TrimStart('/')) + "»";
        try
        {
            if (CountCharacters(part, maxCharacters + 1) > maxCharacters)
            {
                return Localized.Text(
                    $"the document holds more than {Count(maxCharacters)} characters of text, the import limit (four times the maximum input size); raise the input size limit if the file is really this large",
                    $"в документе больше {Count(maxCharacters)} знаков текста — это предел импорта (в четыре раза больше допустимого размера входного файла); если файл действительно так велик, увеличьте допустимый размер входного файла");
            }

            if (StartsWithDoctype(part))
            {
                return DoctypeRefused;
            }

            using var head = part.GetStream(FileMode.Open, FileAccess.Read);
            if (ForeignEncoding(head, part.Uri.OriginalString) is { } encoding)
            {
                return encoding;
            }

            var hasBody = ReadsAsXml(part, maxCharacters);
            return isMain && !hasBody
                ? Localized.Text(
                    "the main part of the document has no body, where Word keeps the text; it is not a Word document, or it is damaged",
                    "в основной части документа нет тела, где Word хранит текст: это не документ Word или файл поврежден")
                : null;
        }
        catch (XmlException ex)
        {
            // The line and position are the reader's numbers, not its wording.
            return Localized.Text(
                Invariant($"the document is damaged: its part {name} is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}); open the file in Word, which may repair it, and save it again"),
                Invariant($"файл поврежден: его часть {name} не является правильным XML (строка {ex.LineNumber}, позиция {ex.LinePosition}); откройте файл в Word, который может его восстановить, и сохраните заново"));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return Localized.Text(
                $"the document is damaged: its part {name} cannot be unpacked from the ZIP archive; open the file in Word, which may repair it, or get it again",
                $"файл поврежден: его часть {name} не распаковывается из архива ZIP; откройте файл в Word, который может его восстановить, или получите файл заново");
        }
    }

    /// <summary>The refusal of a document type declaration, in any part or relationships file.</summary>
    public static string DoctypeRefused => Localized.Text(
        "the document contains a document type declaration (DTD), which Word never writes; it is refused for safety. Open the file in Word and save it again as .docx",
        "в документе есть объявление типа документа (DTD), которого Word никогда не пишет; из соображений безопасности такой файл не читается. Откройте файл в Word и сохраните его заново в формате «.docx»");

    /// <summary>
    /// Why a part is not read when its XML declaration names an encoding other than UTF-8, UTF-16,
    /// ASCII or Latin-1 (which Word never writes, and which the XML reader reads or not depending on
    /// what else the program has registered), else null; <paramref name="stream"/> is read from its start.
    /// </summary>
    public static string? ForeignEncoding(Stream stream, string partName)
    {
        if (DeclaredEncoding(stream) is not { } encoding)
        {
            return null;
        }

        var name = "«" + QuotedText.Shorten(partName.TrimStart('/')) + "»";
        var named = "«" + QuotedText.Shorten(encoding) + "»";
        return Localized.Text(
            $"the document's part {name} is declared in the encoding {named}, which the import does not read (Word writes UTF-8); open the file in Word and save it again as .docx",
            $"часть документа {name} объявлена в кодировке {named}, которую импорт не читает (Word пишет в UTF-8); откройте файл в Word и сохраните его заново в формате «.docx»");
    }

    private static string? DeclaredEncoding(Stream stream)
    {
        var buffer = new byte[256];
        var head = Encoding.Latin1.GetString(buffer, 0, stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false));
        if (!head.StartsWith("<?xml", StringComparison.Ordinal) || head.IndexOf("?>", StringComparison.Ordinal) is var end && end < 0)
        {
            return null;
        }

        var declaration = head[..end];
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration[(at + "encoding".Length)..].TrimStart(' ', '=', '\t', '\r', '\n');
        if (rest.Length < 2 || rest[0] is not ('"' or '\'') || rest.IndexOf(rest[0], 1) is var close && close < 0)
        {
            return null;
        }

        var encoding = rest[1..close];
        try
        {
            var known = Encoding.GetEncoding(encoding);
            return known.CodePage is 65001 or 1200 or 1201 or 20127 or 28591 ? null : encoding;
        }
        catch (ArgumentException)
        {
            return encoding;
        }
    }

    /// <summary>A main part of another Office program, named as such; null for a Word document.</summary>
    private static string? OtherKind(string contentType)
    {
        if (contentType.Contains(".wordprocessingml.", StringComparison.Ordinal))
        {
            return null;
        }

        if (contentType.Contains(".spreadsheetml.", StringComparison.Ordinal))
        {
            return Localized.Text(
                "the file is an Excel workbook, not a Word document; import the Word file of the plan or report",
                "файл — книга Excel, а не документ Word; импортируйте файл Word с планом или отчетом");
        }

        if (contentType.Contains(".presentationml.", StringComparison.Ordinal))
        {
            return Localized.Text(
                "the file is a PowerPoint presentation, not a Word document; import the Word file of the plan or report",
                "файл — презентация PowerPoint, а не документ Word; импортируйте файл Word с планом или отчетом");
        }

        return Localized.Text(
            "the file is an Office package whose main part is not a Word document; it is not a DOCX",
            "файл — пакет Office, основная часть которого не документ Word; это не DOCX");
    }

    /// <summary>The existing parts that <paramref name="relationships"/> of the given kinds point to, in order.</summary>
    private static IEnumerable<PackagePart> Related(PackageRelationshipCollection relationships, string[] kinds, Package package)
    {
        foreach (var relationship in relationships)
        {
            if (relationship.TargetMode != TargetMode.Internal || !kinds.Contains(relationship.RelationshipType[(relationship.RelationshipType.LastIndexOf('/') + 1)..], StringComparer.Ordinal))
            {
                continue;
            }

            var uri = PackUriHelper.ResolvePartUri(relationship.SourceUri, relationship.TargetUri);
            if (package.PartExists(uri))
            {
                yield return package.GetPart(uri);
            }
        }
    }

    private static bool IsZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            _ = zip.Entries;
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The characters of the part's text, counted up to <paramref name="stopAt"/>.</summary>
    private static long CountCharacters(PackagePart part, long stopAt)
    {
        using var reader = Text(part);
        var buffer = new char[16 * 1024];
        long count = 0;
        int read;
        while (count < stopAt && (read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            count += read;
        }

        return count;
    }

    /// <summary>Whether a document type declaration comes before the first element, after the XML declaration, comments and processing instructions.</summary>
    private static bool StartsWithDoctype(PackagePart part)
    {
        using var reader = Text(part);
        var buffer = new char[4096];
        var prolog = buffer.AsSpan(0, reader.ReadBlock(buffer, 0, buffer.Length));
        while (true)
        {
            prolog = prolog.TrimStart();
            var close = prolog.StartsWith("<?") ? "?>" : prolog.StartsWith("<!--") ? "-->" : null;
            if (close is null)
            {
                return prolog.StartsWith("<!DOCTYPE", StringComparison.Ordinal);
            }

            var end = prolog.IndexOf(close, StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            prolog = prolog[(end + close.Length)..];
        }
    }

    /// <summary>Reads the part as XML to its end (throwing where it is not well-formed); true when it has a WordprocessingML body.</summary>
    private static bool ReadsAsXml(PackagePart part, long maxCharacters)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = maxCharacters + 1, IgnoreComments = true });
        var body = false;
        while (xml.Read())
        {
            body |= xml.NodeType == XmlNodeType.Element && xml.LocalName == "body" && xml.NamespaceURI == WordBodyReader.W;
        }

        return body;
    }

    private static StreamReader Text(PackagePart part) =>
        new(part.GetStream(FileMode.Open, FileAccess.Read), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    /// <summary>A count as the message language writes numbers: 16,000 in English, 16 000 in Russian.</summary>
    private static string Count(long value) => Localized.Text(
        value.ToString("N0", CultureInfo.InvariantCulture),
        value.ToString("N0", RussianNumbers));
}
