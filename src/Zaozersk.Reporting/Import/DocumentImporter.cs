using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Import;

namespace Zaozersk.Reporting;

/// <summary>
/// Imports plans and reports from DOCX. Stateless between calls and safe to use from many threads.
/// Files that are not DOCX (.doc, .odt, .pdf, .rtf) are recognised by their content and answered
/// with a diagnostic saying how to convert them; a damaged DOCX, with one saying what is wrong with it,
/// in this library's words (never the Open XML SDK's or the XML reader's), in the message language.
/// </summary>
public sealed class DocumentImporter : IDocumentImporter
{
    private readonly long _maxInputBytes;
    private readonly MessageLanguage _language;

    /// <summary>Creates an importer with the default input size limit.</summary>
    public DocumentImporter()
        : this(new ReportingOptions())
    {
    }

    /// <summary>Creates an importer from options, as dependency injection does; it honours <see cref="ReportingOptions.MaxInputBytes"/>.</summary>
    /// <param name="options">The settings.</param>
    public DocumentImporter(IOptions<ReportingOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    private DocumentImporter(ReportingOptions options)
    {
        ReportingOptionsValidator.ThrowIfInvalid(options);
        _maxInputBytes = options.MaxInputBytes;
        _language = options.Language;
    }

    /// <inheritdoc/>
    public async Task<ImportResult> ImportAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var language = CurrentLanguage.Use(_language);
        var (bytes, problem) = await BoundedInput.ReadFileAsync(path, _maxInputBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null ? Failed(DiagnosticCodes.UnreadableFile, path, problem!) : Import(bytes.ToExactArray(), path);
    }

    /// <inheritdoc/>
    public async Task<ImportResult> ImportAsync(Stream docx, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var language = CurrentLanguage.Use(_language);
        var bytes = await BoundedInput.ReadAsync(docx, _maxInputBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null ? Failed(DiagnosticCodes.UnreadableFile, sourceName, BoundedInput.TooLarge(_maxInputBytes)) : Import(bytes.ToExactArray(), sourceName);
    }

    /// <summary>Imports the bytes of a document (the benchmarks call this directly).</summary>
    internal ImportResult Import(byte[] bytes, string? source)
    {
        if (NotDocx(bytes, source) is { } refusal)
        {
            return Failed(DiagnosticCodes.ImportFormatNotSupported, source, refusal);
        }

        var scan = PackageScan.Scan(bytes, _maxInputBytes);
        if (scan.Refusal is { } refused)
        {
            return Failed(DiagnosticCodes.DamagedDocument, source, refused);
        }

        var limit = PackageScan.MaxPartCharacters(_maxInputBytes);
        try
        {
            using var stream = new MemoryStream(scan.Bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limit });
            return WordImport.Read(document, source, new ImportBudget(_maxInputBytes), limit, scan.Missing);
        }
        catch (ImportLimitException ex)
        {
            // Text beyond what is kept, in a part beyond what a part may hold: the part's limit is the one to raise.
            return ex.Text && PackageProblem.Find(scan.Bytes, limit) is { } problem
                ? Failed(DiagnosticCodes.DamagedDocument, source, problem)
                : Failed(DiagnosticCodes.DamagedDocument, source, ex.Message, ex.Place);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException or FormatException)
        {
            // The exception's own wording is the library's: the file is examined again to say what is wrong.
            return Failed(DiagnosticCodes.DamagedDocument, source, PackageProblem.Describe(scan.Bytes, limit));
        }
    }

    /// <summary>Why the bytes are not a DOCX and how to make one, or null when they may be one.</summary>
    private static string? NotDocx(byte[] bytes, string? source)
    {
        var name = source is null ? null : Path.GetFileName(source);

        // The file as the subject of a sentence, its name quoted as the user's text.
        var file = name is null ? Localized.Text("the file", "файл") : Localized.Text("«" + QuotedText.Shorten(name) + "»", "файл «" + QuotedText.Shorten(name) + "»");
        var convert = "soffice --headless --convert-to docx \"" + (name is null ? Localized.Text("file", "файл") : Typed(name)) + "\"";
        if (StartsWith(bytes, "%PDF"u8))
        {
            return Localized.Text(
                $"{file} is a PDF, which keeps no table structure to import; import the Word file it was made from, or convert it first («{convert} --infilter=writer_pdf_import») and check the result",
                $"{file} — это PDF: в нем не сохраняется структура таблиц, и импортировать из него нечего; импортируйте файл Word, из которого он сделан, или сначала преобразуйте его («{convert} --infilter=writer_pdf_import») и проверьте результат");
        }

        if (StartsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return Localized.Text(
                $"{file} is a Word 97–2003 document (.doc) or a password-protected file; save it as .docx in Word (File › Save As › Word Document), or convert it: «{convert}»",
                $"{file} — документ Word 97–2003 («.doc») или файл, защищенный паролем; сохраните его в Word в формате «.docx» (Файл › Сохранить как › Документ Word) или преобразуйте: «{convert}»");
        }

        if (ImageKind(bytes) is { } image)
        {
            return Localized.Text(
                $"{file} is an image ({image}), not a Word document: a picture or scan of a plan keeps no text to import; import the Word file of the plan or report",
                $"{file} — изображение ({image}), а не документ Word: в снимке или скане плана нет текста, который можно перенести; импортируйте файл Word с планом или отчетом");
        }

        if (LooksLikeJson(bytes))
        {
            return Localized.Text(
                $"{file} is JSON, not a Word document: it may already be a plan or report in this library's format; check it with «validate» and render it with «render»",
                $"{file} — это JSON, а не документ Word: возможно, это уже план или отчет в формате этой библиотеки; проверьте его командой «validate» и сформируйте документ командой «render»");
        }

        if (StartsWith(bytes, "{\\rtf"u8))
        {
            return Localized.Text(
                $"{file} is an RTF document; save it as .docx in Word, or convert it: «{convert}»",
                $"{file} — документ RTF; сохраните его в Word в формате «.docx» или преобразуйте: «{convert}»");
        }

        if (StartsWith(bytes, "PK"u8) && IsOpenDocument(bytes))
        {
            return Localized.Text(
                $"{file} is an OpenDocument file (.odt); save it as Word (.docx) in LibreOffice, or convert it: «{convert}»",
                $"{file} — документ ODT; сохраните его в LibreOffice в формате Word («.docx») или преобразуйте: «{convert}»");
        }

        // Not a package at all: the name says what it was meant to be.
        return StartsWith(bytes, "PK"u8) ? null : Path.GetExtension(name ?? string.Empty).ToUpperInvariant() switch
        {
            ".DOC" => Localized.Text(
                $"{file} is not a DOCX (a .doc file, and not a readable one); save it as .docx in Word, or convert it: «{convert}»",
                $"{file} — не DOCX (файл «.doc», к тому же нечитаемый); сохраните его в Word в формате «.docx» или преобразуйте: «{convert}»"),
            ".ODT" => Localized.Text(
                $"{file} is not a DOCX (an .odt file, and not a readable one); save it as Word (.docx) in LibreOffice, or convert it: «{convert}»",
                $"{file} — не DOCX (файл «.odt», к тому же нечитаемый); сохраните его в LibreOffice в формате Word («.docx») или преобразуйте: «{convert}»"),
            ".PDF" => Localized.Text(
                $"{file} is not a DOCX (a .pdf file, and not a readable one); import the Word file it was made from",
                $"{file} — не DOCX (файл «.pdf», к тому же нечитаемый); импортируйте файл Word, из которого он сделан"),
            _ => null,
        };
    }

    /// <summary>
    /// The name as the user types it in the command; a name with characters no line can show
    /// (which no real file has) is shown escaped instead, like any quoted text.
    /// </summary>
    private static string Typed(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsSurrogatePair(name, i))
            {
                i++;
            }
            else if (char.IsSurrogate(name[i]) || char.GetUnicodeCategory(name[i]) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return QuotedText.Shorten(name);
            }
        }

        return name;
    }

    private static bool IsOpenDocument(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is not { Length: < 200 } entry)
            {
                return false;
            }

            using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
            return reader.ReadToEnd().StartsWith("application/vnd.oasis.opendocument", StringComparison.Ordinal);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The image format the bytes start with (PNG, JPEG, GIF, BMP, TIFF, WebP), or null.</summary>
    private static string? ImageKind(byte[] bytes) =>
        StartsWith(bytes, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? "PNG"
        : StartsWith(bytes, [0xFF, 0xD8, 0xFF]) ? "JPEG"
        : StartsWith(bytes, "GIF87a"u8) || StartsWith(bytes, "GIF89a"u8) ? "GIF"
        : StartsWith(bytes, "BM"u8) && bytes.Length > 14 ? "BMP"
        : StartsWith(bytes, "II*\0"u8) || StartsWith(bytes, "MM\0*"u8) ? "TIFF"
        : StartsWith(bytes, "RIFF"u8) && bytes.Length > 12 && bytes.AsSpan(8, 4).SequenceEqual("WEBP"u8) ? "WebP"
        : null;

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);

    /// <summary>Whether the file starts like a JSON object or array (after a byte order mark and white space), and not like RTF.</summary>
    private static bool LooksLikeJson(byte[] bytes)
    {
        var text = bytes.AsSpan();
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        text = text.TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] is (byte)'{' or (byte)'[' && !text.StartsWith("{\\rtf"u8);
    }

    private static ImportResult Failed(string code, string? source, string message, string? place = null) =>
        new(null, [new Diagnostic(code, DiagnosticSeverity.Error, place ?? DocumentPlace.Document, message) { Source = source }]);
}
