using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Zaozersk.Reporting.Tests.Localization;
using static Zaozersk.Reporting.Tests.Import.WordFile;

namespace Zaozersk.Reporting.Tests.Import.Foreign;

/// <summary>A reviewer's comment is reported, never silently dropped (issue 24, item 5).</summary>
public sealed class CommentsTests
{
    private static byte[] WithComment(string text)
    {
        var docx = Create(
            P("ПЛАН мероприятий по противодействию коррупции в администрации Озерного сельского поселения на 2025–2027 годы"),
            T(4, ["№ п/п", "Мероприятие", "Ответственный", "Срок"], [">41. Организационные меры"], ["1.1", "Заседания комиссии", "Глава", "ежеквартально"]));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            document.MainDocumentPart!.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(new Comment(P(text)) { Id = "0", Author = "Юрист" });
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task A_comment_is_reported_with_its_text_in_both_languages()
    {
        var english = await new DocumentImporter().ImportAsync(new MemoryStream(WithComment("Уточнить срок")), "plan.docx");
        var russian = await new DocumentImporter(Microsoft.Extensions.Options.Options.Create(new ReportingOptions { Language = MessageLanguage.Russian })).ImportAsync(new MemoryStream(WithComment("Уточнить срок")), "plan.docx");

        var said = Assert.Single(english.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
        Assert.Equal("comments", said.Path);
        Assert.Contains("a reviewer's comment; not imported: «Уточнить срок»", said.Message, StringComparison.Ordinal);
        var сказано = Assert.Single(russian.Diagnostics, d => d.Code == DiagnosticCodes.TextNotImported);
        Assert.Equal("примечания", сказано.Path);
        Assert.Empty(MessageWords.EnglishIn(сказано.Message));
    }
}
