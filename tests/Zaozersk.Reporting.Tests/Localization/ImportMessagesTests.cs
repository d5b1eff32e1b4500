using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Tests.Seed;
using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Localization;

/// <summary>
/// Every diagnostic the Word import makes, and every kind of warning and refusal, is said in Russian and
/// in English: the same codes and places, no English word in the Russian text and no Russian word in the
/// English one (the document's own text, quoted, aside). The files are generated: small ones written
/// with the Open XML SDK, and the seed rendered by this library's DOCX writer, then damaged.
/// </summary>
public sealed partial class ImportMessagesTests
{
    private static readonly string[] Header = ["№ п/п", "Мероприятие", "Исполнитель", "Срок", "Информация об исполнении"];
    private const string Title = "ОТЧЕТ об исполнении Плана мероприятий в Администрации ЗАТО город Заозерск на 2021–2024 годы за 2022 год";

    private static readonly Lazy<Task<byte[]>> SeedDocx = new(async () =>
    {
        using var docx = new MemoryStream();
        await new DocumentRenderer().RenderAsync(TestData.Seed, OutputFormat.Docx, docx);
        return docx.ToArray();
    });

    /// <summary>One file per import code, found by the code: a code added without a case here fails.</summary>
    private static readonly Dictionary<string, Case> CodeCases = new(StringComparer.Ordinal)
    {
        [DiagnosticCodes.ImportFormatNotSupported] = new("report.pdf", () => Bytes("%PDF-1.7\n"), "is a PDF"),
        [DiagnosticCodes.DamagedDocument] = new("cut.docx", async () => (await SeedDocx.Value)[..((await SeedDocx.Value).Length / 2)], "cannot be read as one"),
        [DiagnosticCodes.NoPlanTable] = new("letter.docx", () => Docx(P(Title), T(2, ["Дата", "Событие"], ["01.01.2022", "Совещание"])), "no plan table found"),
        [DiagnosticCodes.NoTitle] = new("untitled.docx", () => Docx(T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"])), "read as a report"),
        [DiagnosticCodes.TextNotImported] = new("seed-stray.docx", async () => Edited(await SeedDocx.Value, "word/document.xml", xml => xml!.Replace("<w:body>", "<w:body><w:p><w:r><w:t>Приложение № 3</w:t></w:r></w:p>", StringComparison.Ordinal)), "not imported: «Приложение № 3»"),
        [DiagnosticCodes.UnknownColumn] = new("funding.docx", () => Docx(P(Title), T(6, [.. Header, "Финансирование"], [">61. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да", "120,0"])), "names no field of a plan"),
        [DiagnosticCodes.OrganisationDerived] = new("derived.docx", () => Docx(P(Title), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"])), "derived from the title"),
        [DiagnosticCodes.StatusDisagrees] = new("status-twice.docx", () => Docx(P(Title), T(6, [.. Header, "Отметка о выполнении"], [">61. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Срок не наступил.", "Исполнено"])), "the status column says"),
        [DiagnosticCodes.StatusFromText] = new("status-sentence.docx", () => Docx(P(Title), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Не исполнено, в связи с отсутствием финансирования."])), "is read from the words the execution text starts with"),
        [DiagnosticCodes.TrackedChanges] = new("revised.docx", () => Docx(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.InsertedRun(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(Title))) { Id = "1", Author = "Иванова" }), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"])), "neither accepted nor rejected"),
        [DiagnosticCodes.RowReadAsSection] = new("section-row.docx", () => Docx(P(Title), T(5, Header, ["IV", "Кадровая работа"], ["4.1", "А", "Отдел", "постоянно", "Да"])), "read as a section"),
    };

    /// <summary>The kinds of warning and refusal, beyond one per code: each its own wording in both languages.</summary>
    private static readonly Dictionary<string, Case> KindCases = new(StringComparer.Ordinal)
    {
        ["text box"] = new("box.docx", () => Docx(TextBox("Печать организации"), P(Title), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"])), "text in a text box or shape"),
        ["page header"] = new("header.docx", () => Task.FromResult(Create("Проект, вносится Главой", P(Title), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"]))), "text in a page header"),
        ["before the table"] = new("before.docx", () => Docx(P("Приложение № 3"), P(Title), P("(в редакции от 01.02.2025)"), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"])), "neither the approval stamp nor the title"),
        ["between table parts"] = new("between.docx", () => Docx(P(Title), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"]), P("Продолжение таблицы"), T(5, ["1.2", "Б", "Отдел", "постоянно", "Да"])), "between two parts of the plan table"),
        ["after the table"] = new("after.docx", () => Docx(P(Title), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"]), P("Глава ЗАТО город Заозерск\tО.Г. Полякова"), P("М.П.")), "neither a signature nor the executor line"),
        ["signature row"] = new("signature.docx", () => Docx(P(Title), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"]), T(3, ["Глава ЗАТО город Заозерск", "подпись", "О.Г. Полякова"])), "more than a position and a name"),
        ["cell in an unknown column"] = new("cell.docx", () => Docx(P(Title), T(6, [.. Header, "Финансирование"], [">61. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да", "120,0"])), "whose header names no field"),
        ["second header row"] = new("two-rows.docx", () => Docx(P(Title), T(6, ["№ п/п", "Мероприятие", "Исполнитель", ">2Срок исполнения", "Результат"], ["", "", "", "план", "факт", ""], [">61. Раздел"], ["1.1", "А", "Отдел", "I квартал", "март", "Да"])), "a second header row"),
        ["ticks in both status columns"] = new("ticks.docx", () => Docx(P(Title), T(7, [.. Header, ">2Отметка о выполнении"], ["", "", "", "", "", "выполнено", "не выполнено"], [">71. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да", "+", "+"])), "not one tick"),
        ["unknown status mark"] = new("status.docx", () => Docx(P(Title), T(6, [.. Header, "Отметка о выполнении"], [">61. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да", "Выполнено досрочно"])), "no known mark"),
        ["picture"] = new("picture.docx", () => Docx(P(Title), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"]), new DocumentFormat.OpenXml.Wordprocessing.Paragraph(Zaozersk.Reporting.Tests.Import.Foreign.ImagesAndNotesTests.VmlPicture("none"))), "a picture is not imported"),
        ["hidden text"] = new("hidden.docx", () => Docx(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(Title)), new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.RunProperties(new DocumentFormat.OpenXml.Wordprocessing.Vanish()), new DocumentFormat.OpenXml.Wordprocessing.Text("Черновик"))), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"])), "hidden text"),
        ["symbol of a symbol font"] = new("symbol.docx", () => Docx(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(Title), new DocumentFormat.OpenXml.Wordprocessing.SymbolChar { Font = "Webdings", Char = "F061" })), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"])), "exists only in its font"),
        ["tick against the text"] = new("tick-text.docx", () => Docx(P(Title), T(7, [.. Header, ">2Отметка о выполнении"], ["", "", "", "", "", "выполнено", "не выполнено"], [">71. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Не исполнено.", "+", ""])), "the mark is ticked in the column"),
        ["content control prompt"] = new("prompt.docx", () => Docx(P(Title), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"]), new DocumentFormat.OpenXml.Wordprocessing.SdtBlock(new DocumentFormat.OpenXml.Wordprocessing.SdtProperties(new DocumentFormat.OpenXml.Wordprocessing.ShowingPlaceholder()), new DocumentFormat.OpenXml.Wordprocessing.SdtContentBlock(P("Место для ввода текста.")))), "the prompt of an empty input field"),
        ["no title of a plan"] = new("plan.docx", () => Docx(T(4, Header[..4], [">41. Раздел"], ["1.1", "А", "Отдел", "постоянно"])), "read as a plan"),
        ["a .doc"] = new("old.doc", () => Task.FromResult<byte[]>([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), "Word 97–2003"),
        ["json"] = new("seed.json", () => File.ReadAllBytesAsync(TestData.SeedJsonPath), "is JSON, not a Word document"),
        ["rtf"] = new("report.rtf", () => Bytes("{\\rtf1\\ansi"), "is an RTF document"),
        ["odt"] = new("plan.docx", () => Task.FromResult(Zip(("mimetype", "application/vnd.oasis.opendocument.text"))), "is an OpenDocument file"),
        ["unreadable .doc by name"] = new("План.doc", () => Bytes("plain text"), "a .doc file, and not a readable one"),
        ["unreadable .odt by name"] = new("plan.odt", () => Bytes("plain text"), "an .odt file, and not a readable one"),
        ["unreadable .pdf by name"] = new("plan.pdf", () => Bytes("plain text"), "a .pdf file, and not a readable one"),
        ["a pdf without a name"] = new(null, () => Bytes("%PDF-1.7\n"), "the file is a PDF"),
        ["empty"] = new("empty.docx", () => Task.FromResult(Array.Empty<byte>()), "the file is empty"),
        ["zip without a document"] = new("archive.docx", () => Task.FromResult(Zip(("readme.txt", "текст"))), "without a Word document's main part"),
        ["broken links"] = new("links.docx", async () => Edited(await SeedDocx.Value, "_rels/.rels", xml => xml + "<"), "the list of its parts or the links between them"),
        ["workbook"] = new("book.docx", () => Task.FromResult(Workbook()), "an Excel workbook"),
        ["dtd"] = new("dtd.docx", async () => Edited(await SeedDocx.Value, "word/document.xml", xml => xml!.Replace("?>", "?><!DOCTYPE d [<!ENTITY x \"y\">]>", StringComparison.Ordinal)), "document type declaration (DTD)"),
        ["too much text"] = new("big.docx", () => Docx(T(5, Header, ["1.1", new string('а', 20_000), "Отдел", "постоянно", "Да"])), "16,000 characters of text", MaxInputBytes: 4_000),
        ["malformed xml"] = new("malformed.docx", async () => Edited(await SeedDocx.Value, "word/document.xml", xml => xml!.Replace("</w:body>", string.Empty, StringComparison.Ordinal)), "its part «word/document.xml» is not well-formed XML (line "),
        ["malformed styles"] = new("styles.docx", async () => Edited(await SeedDocx.Value, "word/styles.xml", xml => xml + "<"), "its part «word/styles.xml» is not well-formed XML"),
        ["no body"] = new("body.docx", async () => Edited(await SeedDocx.Value, "word/document.xml", xml => BodyElement().Replace(xml!, "<w:other/>")), "has no body"),
        ["a part that cannot be unpacked"] = new("crc.docx", async () => Corrupted(await SeedDocx.Value, "word/document.xml"), "cannot be unpacked"),
    };

    public static TheoryData<string> ImportCodes => [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Where(code => code.StartsWith("ZR02", StringComparison.Ordinal))];

    public static TheoryData<string> Kinds => [.. KindCases.Keys];

    [Theory]
    [MemberData(nameof(ImportCodes))]
    public async Task Every_import_code_is_said_in_russian_and_in_english(string code)
    {
        Assert.True(CodeCases.TryGetValue(code, out var file), $"no file triggers {code} here: add one");

        var (english, russian) = await ImportInBoth(file);

        Assert.Contains(english, d => d.Code == code && d.Message.Contains(file.English, StringComparison.Ordinal));
        AssertSaidInBoth(english, russian);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_of_import_warning_and_refusal_is_said_in_russian_and_in_english(string kind)
    {
        var file = KindCases[kind];

        var (english, russian) = await ImportInBoth(file);

        Assert.Contains(english, d => d.Code.StartsWith("ZR02", StringComparison.Ordinal) && d.Message.Contains(file.English, StringComparison.Ordinal));
        AssertSaidInBoth(english, russian);
    }

    [Fact]
    public async Task A_validator_finding_names_its_row_in_the_message_language()
    {
        var docx = await Docx(P(Title), T(5, Header, [">51. Раздел"], ["1.2", "А", "Отдел", "постоянно", "Да"], ["1.2", "Б", "Отдел", "постоянно", "Да"]));

        var (english, russian) = await ImportInBoth(new Case("numbers.docx", () => Task.FromResult(docx), string.Empty));

        Assert.EndsWith("(table 1, row 4)", Assert.Single(english, d => d.Code == DiagnosticCodes.DuplicateNumber).Message, StringComparison.Ordinal);
        Assert.EndsWith("(таблица 1, строка 4)", Assert.Single(russian, d => d.Code == DiagnosticCodes.DuplicateNumber).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_text_in_a_message_shows_characters_no_line_shows_escaped_and_counts_in_russian_digits()
    {
        var docx = await Docx(P("Приложение\u2028№ 3"), P(Title), T(5, Header, [">51. Раздел"], ["1.1", "А", "Отдел", "постоянно", "Да"]));
        var big = await KindCases["too much text"].Bytes();

        var (english, russian) = await ImportInBoth(new Case("bell.docx", () => Task.FromResult(docx), string.Empty));
        var (_, limit) = await ImportInBoth(new Case("big.docx", () => Task.FromResult(big), string.Empty, MaxInputBytes: 4_000));

        Assert.EndsWith("not imported: «Приложение\\u2028№ 3»", english[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("не перенесено: «Приложение\\u2028№ 3»", russian[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("в документе больше 16 000 знаков текста", Assert.Single(limit).Message, StringComparison.Ordinal);
    }

    /// <summary>The same diagnostics in both languages, each wholly in its own language: the place and the message.</summary>
    private static void AssertSaidInBoth(IReadOnlyList<Diagnostic> english, IReadOnlyList<Diagnostic> russian)
    {
        Assert.Equal(english.Select(d => (d.Code, d.Severity)), russian.Select(d => (d.Code, d.Severity)));
        Assert.NotEmpty(english);
        foreach (var (en, ru) in english.Zip(russian))
        {
            var englishText = $"{en.Path}: {en.Message}";
            var russianText = $"{ru.Path}: {ru.Message}";
            Assert.True(MessageWords.EnglishIn(russianText).Count == 0, $"English in «{russianText}»: {string.Join(", ", MessageWords.EnglishIn(russianText))}");
            Assert.True(MessageWords.RussianIn(englishText).Count == 0, $"Russian in «{englishText}»: {string.Join(", ", MessageWords.RussianIn(englishText))}");
            Assert.Matches("[а-яё]{3}", Quoted().Replace(russianText, string.Empty));
            Assert.DoesNotMatch("[а-яёА-ЯЁ]", Quoted().Replace(englishText, string.Empty).Replace("№", string.Empty, StringComparison.Ordinal));
        }
    }

    /// <summary>The import's own diagnostics (the validator's are tested with the validator), in English and in Russian.</summary>
    private static async Task<(IReadOnlyList<Diagnostic> English, IReadOnlyList<Diagnostic> Russian)> ImportInBoth(Case file)
    {
        var bytes = await file.Bytes();
        return (await Import(MessageLanguage.English), await Import(MessageLanguage.Russian));

        async Task<IReadOnlyList<Diagnostic>> Import(MessageLanguage language)
        {
            var options = new ReportingOptions { Language = language };
            if (file.MaxInputBytes is { } max)
            {
                options.MaxInputBytes = max;
            }

            var result = await new DocumentImporter(Options.Create(options)).ImportAsync(new MemoryStream(bytes), file.Name);
            return [.. result.Diagnostics.Where(d => d.Code.StartsWith("ZR02", StringComparison.Ordinal) || file.English.Length == 0)];
        }
    }

    private static Task<byte[]> Docx(params OpenXmlElement[] blocks) => Task.FromResult(Create(blocks));

    private static Task<byte[]> Bytes(string text) => Task.FromResult(text.Select(c => (byte)c).ToArray());

    /// <summary>A copy of the package with one entry's text changed (null: the entry removed).</summary>
    private static byte[] Edited(byte[] docx, string entryName, Func<string?, string?> edit)
    {
        using var package = new MemoryStream();
        package.Write(docx);
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            string? text = null;
            if (zip.GetEntry(entryName) is { } entry)
            {
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }

                entry.Delete();
            }

            if (edit(text) is { } edited)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
                writer.Write(edited);
            }
        }

        return package.ToArray();
    }

    /// <summary>The package with one entry's compressed data made invalid: its first block is of the type deflate reserves.</summary>
    private static byte[] Corrupted(byte[] docx, string entryName)
    {
        var copy = (byte[])docx.Clone();
        var name = Encoding.UTF8.GetBytes(entryName);

        // The entry's local header (PK\x03\x04), then its name, then extra field, then the data.
        for (var i = 0; i + 30 + name.Length < copy.Length; i++)
        {
            if (copy.AsSpan(i).StartsWith("PK\x03\x04"u8) && copy.AsSpan(i + 30).StartsWith(name))
            {
                var nameLength = BitConverter.ToUInt16(copy, i + 26);
                var extraLength = BitConverter.ToUInt16(copy, i + 28);
                copy[i + 30 + nameLength + extraLength] |= 0b110;
                return copy;
            }
        }

        throw new InvalidOperationException($"{entryName} is not in the package");
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            workbook.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
        }

        return stream.ToArray();
    }

    [GeneratedRegex("«[^»]*»|\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex("<w:body>.*</w:body>", RegexOptions.Singleline)]
    private static partial Regex BodyElement();

    /// <summary>A file to import, and words its English diagnostic must contain (empty: every diagnostic is kept).</summary>
    private sealed record Case(string? Name, Func<Task<byte[]>> Bytes, string English, long? MaxInputBytes = null);
}
