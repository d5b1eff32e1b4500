using System.Globalization;
using System.Security;
using System.Text;
using Zaozersk.Reporting.Layout;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Model.Validation;
using Zaozersk.Reporting.Tests.Pdf;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Model;

/// <summary>
/// Issue #12: «validate» said fine and «render» failed. The validator now knows the PDF font and
/// the invisible characters, and judges every character exactly as the PDF layout does.
/// </summary>
public sealed class CharacterValidationTests
{
    private static PlanDocument WithExecution(string text) => SeedVariant.WithItem(1, 0, i => i with { Execution = text });

    private static List<Diagnostic> CharacterErrors(PlanDocument document) =>
        PlanValidator.Validate(document).Where(d => d.Code is "ZR0130" or "ZR0131" or "ZR0132" or "ZR0133").ToList();

    [Fact]
    public void Invisible_and_separator_characters_validate_and_render_without_being_drawn()
    {
        var titled = SeedVariant.WithSection(0, s => s with { Title = "\uFEFFОрганизационные\u200B мероприятия" });
        var sections = titled.Sections.ToArray();
        sections[1] = sections[1] with { Items = [sections[1].Items[0] with { Execution = "Исполнено\u2028в 2025–\u20602027 годах\u2029полностью, а\u200Dб\u200Cв" }, .. sections[1].Items.Skip(1)] };
        var document = titled with { Sections = sections };

        Assert.Empty(CharacterErrors(document));
        var text = PdfText.Of(SeedVariant.Pdf(document));
        Assert.Contains("Организационные мероприятия", text, StringComparison.Ordinal);
        Assert.Contains("2025–2027", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is '\uFEFF' or '\u200B' or '\u2060' or '\u2028' or '\u2029' or '\u200C' or '\u200D');
    }

    [Theory]
    [InlineData("Отчет 中文", "U+4E2D «中»")]
    [InlineData("Исполнено ✓", "U+2713 «✓»")]
    [InlineData("Исполнено 😀 полностью", "U+1F600 «😀»")]
    [InlineData("ссылка на ملف", "U+0645 «م»")]
    [InlineData("двойной\u3000пробел", "U+3000 «\u3000»")]
    [InlineData("длинное\u2E3Aтире", "U+2E3A «\u2E3A»")] // U+2011, the non-breaking hyphen, is drawn as the hyphen since issue #24
    public void Character_the_pdf_font_lacks_is_an_error_naming_it_and_its_path(string text, string named)
    {
        var error = Assert.Single(CharacterErrors(WithExecution(text)));

        Assert.Equal(DiagnosticCodes.CharacterNotInFont, error.Code);
        Assert.True(error.IsError);
        Assert.Equal("$.sections[1].items[0].execution", error.Path);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("PDF font", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replacement_character_is_an_error_since_the_pdf_cannot_print_it()
    {
        var error = Assert.Single(CharacterErrors(WithExecution("Исполнено \uFFFD")));

        Assert.Equal(DiagnosticCodes.ReplacementCharacter, error.Code);
        Assert.True(error.IsError);
        Assert.Contains("U+FFFD", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("личный \uE000 знак", "U+E000")]
    [InlineData("направление \u200E текста", "U+200E")]
    [InlineData("неизвестный \u0378 символ", "U+0378")]
    [InlineData("тег \U000E0041 символ", "U+E0041")]
    public void Unassigned_private_use_and_unlisted_format_characters_are_errors(string text, string named)
    {
        var error = Assert.Single(CharacterErrors(WithExecution(text)));

        Assert.Equal(DiagnosticCodes.UnprintableCharacter, error.Code);
        Assert.Equal("$.sections[1].items[0].execution", error.Path);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Every 37th character of the basic plane and a sample beyond it: the validator rejects exactly what the layout rejects.</summary>
    [Fact]
    public void Validator_and_pdf_layout_agree_on_every_character()
    {
        var codePoints = Enumerable.Range(0, 0x10000).Where(c => c % 37 == 0 || c is 0x2028 or 0x2029 or 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0xFFFD or 0x00AD)
            .Concat([0x1F600, 0x1F4C4, 0x20000, 0xE0041, 0xF0000])
            .Where(c => c is not (>= 0xD800 and <= 0xDFFF) && CanBeInXml(c));
        var disagreements = new List<string>();
        foreach (var codePoint in codePoints)
        {
            var text = "текст" + char.ConvertFromUtf32(codePoint) + "текст";
            var bag = new DiagnosticBag();
            TextRules.Characters(text, "$.text", bag);
            var validatorRejects = bag.Items.Any(d => d.IsError);
            bool layoutRejects;
            try
            {
                Paginator.Paginate(MarkupReader.Read($"<document><section><p>{SecurityElement.Escape(text)}</p></section></document>", "test.sbn"));
                layoutRejects = false;
            }
            catch (LayoutException)
            {
                layoutRejects = true;
            }

            if (validatorRejects != layoutRejects)
            {
                disagreements.Add(string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}: validator {(validatorRejects ? "rejects" : "accepts")}, layout {(layoutRejects ? "rejects" : "accepts")}"));
            }
        }

        Assert.Empty(disagreements);
    }

    private static bool CanBeInXml(int c) => c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
}
