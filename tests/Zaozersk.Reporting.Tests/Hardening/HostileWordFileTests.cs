using Microsoft.Extensions.Options;
using Zaozersk.Reporting.Diagnostics;
using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Tests.Import;
using Zaozersk.Reporting.Tests.Localization;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>
/// Issue #29: Word files made to harm (what arrives by e-mail is untrusted), generated in the test.
/// The import never throws, never lets a control or bidi character of the document reach a message,
/// never recurses without bound, and refuses an oversized document early, naming the limit.
/// </summary>
public sealed class HostileWordFileTests
{
    private const string Title = "<w:p><w:r><w:t>ПЛАН мероприятий по противодействию коррупции в Администрации ЗАТО город Заозерск на 2021–2024 годы</w:t></w:r></w:p>";

    /// <summary>Characters that act on a terminal or reorder a line: C0 and C1 controls, DEL, the bidi marks, embeddings, overrides and isolates.</summary>
    internal static bool IsUnsafe(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F' or '\u200E' or '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    internal static void AssertSafe(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var text = diagnostic.ToString();
            Assert.False(text.Any(IsUnsafe), "raw control or bidi character in: " + string.Concat(text.Select(c => IsUnsafe(c) ? $"<{(int)c:X4}>" : c.ToString())));
        }
    }

    private static Task<ImportResult> Import(byte[] docx, long maxInputBytes = 64L * 1024 * 1024) =>
        new DocumentImporter(Options.Create(new ReportingOptions { MaxInputBytes = maxInputBytes })).ImportAsync(new MemoryStream(docx), "hostile.docx");

    [Fact]
    public async Task Probe()
    {
        var docx = new HostileDocx().Body(
            "<w:p><w:r><w:sym w:char=\"1B\"/><w:t>[31mкрасный&#xD;затерто\u202Eобратно</w:t></w:r></w:p>"
            + Title + "<w:p><w:r><w:t>\u202Eвторой&#x9;x</w:t></w:r></w:p>" + HostileDocx.PlanTable("Мера</w:t><w:sym w:char=\"1B\"/><w:t>[2J&#xD;\u202Eдва")).ToArray();
        var result = await Import(docx);
        foreach (var d in result.Diagnostics) Console.WriteLine(string.Concat(d.ToString().Select(c => IsUnsafe(c) ? $"<{(int)c:X4}>" : c.ToString())));
        AssertSafe(result.Diagnostics);
    }
    
    [Fact]
    public async Task Probe2()
    {
        var body = Title + HostileDocx.PlanTable();
        var cases = new Dictionary<string, byte[]>
        {
            ["dangling image"] = new HostileDocx().Body(body).Linked(HostileDocx.Image, "media/image1.png", null).ToArray(),
            ["dangling header"] = new HostileDocx().Body(body).Linked(HostileDocx.Header, "header1.xml", null).ToArray(),
            ["cp1251"] = new HostileDocx().Body(body).DocumentDeclaration("<?xml version=\"1.0\" encoding=\"windows-1251\"?>").ToArray(),
            ["png"] = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13],
            ["entity rels"] = new HostileDocx().Body(body).PackageRelationships("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml&x;\"/></Relationships>").ToArray(),
            ["dtd rels"] = new HostileDocx().Body(body).PackageRelationships("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"\u0001\">]><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml&x;\"/></Relationships>").ToArray(),
            ["ctrl in rels"] = new HostileDocx().Body(body).PackageRelationships("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\u0001\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>").ToArray(),
            ["ctrl in doc"] = new HostileDocx().Body(body + "<w:p>\u0001</w:p>").ToArray(),
            ["deep tables"] = new HostileDocx().Body(w => { HostileDocx.Repeat("<w:tbl><w:tr><w:tc>", 3000)(w); HostileDocx.Repeat("</w:tc></w:tr></w:tbl>", 3000)(w); }).ToArray(),
        };
        foreach (var (name, docx) in cases)
        {
            Console.WriteLine("== " + name);
            try
            {
                var result = await Import(docx);
                foreach (var d in result.Diagnostics) Console.WriteLine(string.Concat(d.ToString().Select(c => IsUnsafe(c) ? $"<{(int)c:X4}>" : c.ToString())));
            }
            catch (Exception ex) { Console.WriteLine("THROWN " + ex.GetType() + ": " + ex.Message); }
        }
    }
}
