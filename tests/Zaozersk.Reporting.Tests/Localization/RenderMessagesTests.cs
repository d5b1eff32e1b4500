using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using Zaozersk.Reporting.Composition;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Markup;
using Zaozersk.Reporting.Templating;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Localization;

/// <summary>
/// Issue #27, point 2, the render: every error the render pipeline gives is provoked on the seed
/// (through a template folder exported from the built-ins and then broken, options, limits, files)
/// once in Russian and once in English. The Russian message has no English word and the English no
/// Russian one; the place (template file, line, column, markup line and column) is the same in
/// both; and no sentence of Scriban, the XML reader or the schema validator comes through.
/// </summary>
[Collection(HeavyWork.Name)]
public sealed partial class RenderMessagesTests(ITestOutputHelper output) : IDisposable
{
    private static readonly PlanDocument Seed = TestData.Seed;

    /// <summary>Wording of the libraries underneath, which must never reach the user.</summary>
    private static readonly string[] LibraryPhrases =
    [
        "Error while parsing", "Unexpected token", "Expecting", "was not found", "Invalid number of arguments", "Unable to convert", "Cannot use the",
        "The element", "' element is not declared", "' attribute is not declared", "List of possible", "Content model", "datatype", "constraint failed", "hexadecimal value",
        "is an unexpected token", "start tag on line", "Reference to undeclared entity", "Line 1, position", "LoopLimit", "OutputLimit",
    ];

    private readonly TempFolder _folder = new("zr-messages-");

    /// <summary>The line of the built-in report template that each broken template replaces.</summary>
    private const string TitleLine = "<p style=\"title\">ОТЧЕТ</p>";

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("{{ if }}")]
    [InlineData("{{ for x in document.sections }}")]
    [InlineData("{{ end }}")]
    [InlineData("{{ \"не закрыта }}")]
    [InlineData("{{ 0xZZ }}")]
    [InlineData("{{ if true }}{{ else }}{{ else }}{{ end }}")]
    [InlineData("{{ no_such_variable }}")]
    [InlineData("{{ document.organization }}")]
    [InlineData("{{ year_range 2021 }}")]
    [InlineData("{{ blank 'много' }}")]
    [InlineData("{{ x = 5; x[1] }}")]
    [InlineData("{{ 1 | document }}")]
    [InlineData("{{ while true }}x{{ end }}")]
    [InlineData("{{ func f(n); ret f(n + 1); end }}{{ f 1 }}")]
    [InlineData("{{ include 'nothing' }}")]
    [InlineData("{{ \"а\\x01б\" }}")]
    [InlineData("{{ text_inline \"а\\x01б\" }}")]
    public async Task A_template_error_is_told_in_both_languages_at_the_same_place(string snippet)
    {
        var folder = BrokenTemplates(snippet);

        var (russian, english) = await InBoth<TemplateException>(renderer => Render(renderer, new RenderSettings { TemplateDirectory = folder }));

        AssertSamePlace(russian, english);
        Assert.Equal(russian.TemplateName, english.TemplateName);
        Assert.True(russian.Line > 0, russian.Message);
    }

    [Fact]
    public async Task A_syntax_error_of_a_kind_the_library_does_not_name_quotes_the_template_text()
    {
        var (russian, english) = await InBoth<TemplateException>(renderer => Render(renderer, new RenderSettings { TemplateDirectory = BrokenTemplates("{{ 0xZZ }}") }));

        Assert.EndsWith("ошибка синтаксиса шаблона: «{{ 0xZZ }}»", russian.Message, StringComparison.Ordinal);
        Assert.EndsWith("template syntax error: «{{ 0xZZ }}»", english.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_template_limits_of_the_options_are_told_in_both_languages()
    {
        var (russian, english) = await InBoth<TemplateException>(renderer => Render(renderer), o => o.MaxTemplateOutputCharacters = 10_000);
        AssertSamePlace(russian, english);
        Assert.Contains("10 000", russian.Message, StringComparison.Ordinal);
        Assert.Contains("10,000", english.Message, StringComparison.Ordinal);

        // Each turn is slow and the turns are fewer than the loop limit, so the clock stops it, on any machine.
        var folder = BrokenTemplates("{{ s = 'а б'; for k in 1..13; s = s + s; end; for i in 1..900000; x = ties s; end }}");
        (russian, english) = await InBoth<TemplateException>(renderer => Render(renderer, new RenderSettings { TemplateDirectory = folder }), o => o.TemplateTimeout = TimeSpan.FromMilliseconds(300));
        AssertSamePlace(russian, english);
        Assert.Contains("0,3 с", russian.Message, StringComparison.Ordinal);
        Assert.Contains("0.3 s", english.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-template")]
    [InlineData("Report")]
    public async Task A_missing_template_is_told_in_both_languages(string name)
    {
        var (russian, english) = await InBoth<TemplateException>(renderer => Render(renderer, new RenderSettings { Template = name }));

        AssertSamePlace(russian, english);
    }

    [Fact]
    public async Task A_template_that_leads_outside_its_folder_is_refused_in_both_languages()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "templates")).FullName;
        var outside = Path.Combine(_folder, "secret.txt");
        File.WriteAllText(outside, "секрет");
        File.CreateSymbolicLink(Path.Combine(folder, "approval-stamp.sbn"), outside);

        var (russian, english) = await InBoth<TemplateException>(renderer => Render(renderer, new RenderSettings { TemplateDirectory = folder }));

        AssertSamePlace(russian, english);
        Assert.Equal("approval-stamp.sbn", russian.TemplateName);
    }

    [Theory]
    [InlineData("<paragraph>текст</paragraph>")]
    [InlineData("<p stile=\"title\">текст</p>")]
    [InlineData("<table><columns><column width=\"1*\"/></columns><row><cell stile=\"x\"/></row></table>")]
    [InlineData("<p><b style=\"title\">текст</b></p>")]
    [InlineData("<p size=\"12px\">текст</p>")]
    [InlineData("<p align=\"middle\">текст</p>")]
    [InlineData("<p bold=\"да\">текст</p>")]
    [InlineData("<p line-spacing=\"9\">текст</p>")]
    [InlineData("<p><a>ссылка</a></p>")]
    [InlineData("<p><a href=\"ftp://example.org\">ссылка</a></p>")]
    [InlineData("<table border=\"толстая\"><columns><column width=\"1*\"/></columns></table>")]
    [InlineData("<table><columns><column/></columns></table>")]
    [InlineData("<table><columns><column width=\"1*\"/></columns><row><cell colspan=\"0\"><p/></cell></row></table>")]
    [InlineData("текст без абзаца")]
    [InlineData("<list></list>")]
    [InlineData("<p><br>текст</br></p>")]
    [InlineData("<p><br><b/></br></p>")]
    [InlineData("<p>текст</i></p>")]
    [InlineData("<p>не закрыт")]
    [InlineData("<p>&nbsp;</p>")]
    [InlineData("<p>а < б</p>")]
    [InlineData("<p>а & б</p>")]
    [InlineData("<p>а &amp б</p>")]
    [InlineData("<p style=\"title\" style=\"title\">текст</p>")]
    [InlineData("<p style=title>текст</p>")]
    [InlineData("<p title=\"<\">текст</p>")]
    [InlineData("<p>&#1;</p>")]
    [InlineData("<p>]]></p>")]
    [InlineData("<p><!-- -- --></p>")]
    [InlineData("<p style=\"nope\">текст</p>")]
    [InlineData("<p indent-first=\"1em\">текст</p>")]
    [InlineData("<table><columns><column width=\"1*\"/><column width=\"1*\"/></columns><row><cell><p>1</p></cell></row></table>")]
    [InlineData("<table><columns><column width=\"1*\"/></columns><row><cell><p>1</p></cell><cell><p>2</p></cell></row></table>")]
    public async Task A_markup_error_is_told_in_both_languages_at_the_same_place(string snippet)
    {
        var folder = BrokenTemplates(snippet);

        var (russian, english) = await InBoth<MarkupException>(renderer => Render(renderer, new RenderSettings { TemplateDirectory = folder }));

        AssertSamePlace(russian, english);
        Assert.Equal((russian.MarkupLine, russian.MarkupColumn, russian.Element), (english.MarkupLine, english.MarkupColumn, english.Element));
        Assert.Matches(@"^[a-z-]+\.sbn\(\d+,\d+\): markup\(\d+,\d+\)", english.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<document><section>\n<p>не закрыт</p>")]
    [InlineData("<document><section><p>обрыв</p></section></docu")]
    [InlineData("<doc/>")]
    [InlineData("<document xmlns=\"urn:x\"><section/></document>")]
    [InlineData("<document/>")]
    [InlineData("<document><section/></document><document/>")]
    [InlineData("<document><section/></document>текст")]
    [InlineData("<!DOCTYPE d><document/>")]
    [InlineData("<?xml version=\"2.0\"?><document/>")]
    [InlineData("<document><styles><style id=\"a\"/><style id=\"a\"/></styles><section/></document>")]
    [InlineData("<document><styles><style id=\"a\" based-on=\"b\"/></styles><section/></document>")]
    [InlineData("<document><section/><styles/></document>")]
    [InlineData("<document created=\"2022-13-01\"><section/></document>")]
    [InlineData("<document created=\"2022-01-01Z\"><section/></document>")]
    [InlineData("<document lang=\"русский\"><section/></document>")]
    [InlineData("<document><section margin-left=\"200mm\"/></document>")]
    [InlineData("<document><section><header/><header/></section></document>")]
    [InlineData("<document><section><p xmlns:x=\"urn:x\" x:size=\"1\">x</p></section></document>")]
    [InlineData("<document><section><p xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"x\">x</p></section></document>")]
    [InlineData("<document><section><table><columns><column width=\"1*\"/></columns><row header=\"true\" repeat=\"true\"><cell/></row><row><cell rowspan=\"2\"/></row></table></section></document>")]
    [InlineData("<document><section><table><columns><column width=\"1*\"/></columns><row><cell/></row><row header=\"true\"><cell/></row></table></section></document>")]
    [InlineData("<document><section><table><columns><column width=\"1*\"/></columns><row repeat=\"true\"><cell/></row></table></section></document>")]
    [InlineData("<document><section><table><columns><column width=\"1*\"/></columns><row><cell colspan=\"99999999999\"/></row></table></section></document>")]
    [InlineData("<document><section><p size=\"0\">x</p></section></document>")]
    public void Markup_of_any_shape_is_told_in_both_languages(string markup)
    {
        MarkupException Read(MessageLanguage language) => MessageWords.In(language, () => Assert.Throws<MarkupException>(() => MarkupReader.Read(markup, "report.sbn")));

        var (russian, english) = (Read(MessageLanguage.Russian), Read(MessageLanguage.English));

        AssertEachInItsLanguage(russian.Message, english.Message);
        AssertSamePlace(russian, english);
        Assert.Equal((russian.MarkupLine, russian.MarkupColumn, russian.Element), (english.MarkupLine, english.MarkupColumn, english.Element));
    }

    [Fact]
    public async Task A_breach_of_the_schema_names_the_element_the_attribute_and_what_is_allowed()
    {
        var (russian, english) = await InBoth<MarkupException>(renderer => Render(renderer, new RenderSettings { TemplateDirectory = BrokenTemplates("<p align=\"middle\">текст</p>") }));

        Assert.Equal("p", english.Element);
        Assert.Contains("<p>: align=\"middle\" is not valid: expected one of 'left', 'center', 'right', 'justify'", english.Message, StringComparison.Ordinal);
        Assert.Contains("<p>: значение \"middle\" атрибута 'align' недопустимо: ожидается одно из значений 'left', 'center', 'right', 'justify'", russian.Message, StringComparison.Ordinal);
        Assert.StartsWith(english.Message[..english.Message.IndexOf(':', StringComparison.Ordinal)] + ": разметка(", russian.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_markup_limits_of_the_options_are_told_in_both_languages()
    {
        var (russian, english) = await InBoth<MarkupException>(renderer => Render(renderer), o => o.MaxMarkupDepth = 5);
        AssertSamePlace(russian, english);
        Assert.Contains("5", russian.Reason, StringComparison.Ordinal);

        (russian, english) = await InBoth<MarkupException>(renderer => Render(renderer), o => o.MaxBlocks = 100);
        AssertSamePlace(russian, english);
        Assert.Contains("100", russian.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>текст 😀 здесь</p>")]
    [InlineData("<p>текст &#xE000; здесь</p>")]
    [InlineData("<p size=\"900pt\">Я</p>")]
    public async Task A_layout_error_is_told_in_both_languages_at_the_same_place(string snippet)
    {
        var folder = BrokenTemplates(snippet);

        var (russian, english) = await InBoth<LayoutException>(renderer => Render(renderer, new RenderSettings { TemplateDirectory = folder }, OutputFormat.Pdf));

        Assert.Equal(Numbers(english.Location), Numbers(russian.Location));
        Assert.NotEmpty(Numbers(english.Location));
    }

    [Fact]
    public async Task Errors_of_a_document_read_while_its_template_writes_are_in_the_language_of_the_render()
    {
        // From 500 measures the template runs on a thread of its own; its errors are worded there.
        var large = WithMeasures(DocumentComposer.StreamedFromMeasures + 100);
        Assert.True(DocumentComposer.ReadsWhileWriting(large));

        var late = BrokenTemplates("{{ include \"signatures\" }}", "{{ no_such_variable }}");
        var (russian, english) = await InBoth<TemplateException>(renderer => renderer.RenderAsync(large, OutputFormat.Docx, Stream.Null, new RenderSettings { TemplateDirectory = late }));
        AssertSamePlace(russian, english);
        Assert.EndsWith("нет переменной или функции 'no_such_variable'", russian.Message, StringComparison.Ordinal);

        var markup = BrokenTemplates("<paragraph>текст</paragraph>");
        var (russianMarkup, englishMarkup) = await InBoth<MarkupException>(renderer => renderer.RenderAsync(large, OutputFormat.Docx, Stream.Null, new RenderSettings { TemplateDirectory = markup }));
        AssertSamePlace(russianMarkup, englishMarkup);
        Assert.StartsWith("report.sbn(10,6): разметка(", russianMarkup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_of_invalid_input_is_in_both_languages()
    {
        var first = Seed.Sections[0];
        var invalid = Seed with { Sections = [first with { Items = [first.Items[0] with { Measure = "звонок\u0007" }, .. first.Items.Skip(1)] }, .. Seed.Sections.Skip(1)] };

        var russian = await Assert.ThrowsAsync<InvalidInputException>(() => Renderer(MessageLanguage.Russian).RenderAsync(invalid, OutputFormat.Docx, Stream.Null));
        var english = await Assert.ThrowsAsync<InvalidInputException>(() => Renderer(MessageLanguage.English).RenderAsync(invalid, OutputFormat.Docx, Stream.Null));

        // Only the summary is the render's: the diagnostics it lists are the validator's, tested with it.
        AssertEachInItsLanguage(russian.Message.Split('\n')[0], english.Message.Split('\n')[0]);
        AssertSamePlace(russian, english);
    }

    [Fact]
    public void Invalid_options_are_refused_in_both_languages_by_the_constructor_and_by_the_container()
    {
        void Invalid(ReportingOptions o)
        {
            o.TemplateDirectory = Path.Combine(_folder, "missing");
            o.TemplateTimeout = TimeSpan.Zero;
            o.MaxInputBytes = 0;
            o.MaxTemplateOutputCharacters = 0;
            o.MaxMarkupDepth = 1;
            o.MaxBlocks = 0;
        }

        var russian = Assert.Throws<OptionsValidationException>(() => Renderer(MessageLanguage.Russian, Invalid));
        var english = Assert.Throws<OptionsValidationException>(() => Renderer(MessageLanguage.English, Invalid));
        Assert.Equal(6, russian.Failures.Count());
        Assert.Equal(english.Failures.Count(), russian.Failures.Count());
        foreach (var (ru, en) in russian.Failures.Zip(english.Failures))
        {
            AssertEachInItsLanguage(ru, en);
        }

        var fromContainer = Assert.Throws<OptionsValidationException>(() => new ServiceCollection()
            .AddZaozerskReporting(o => { Invalid(o); o.Language = MessageLanguage.Russian; })
            .BuildServiceProvider().GetRequiredService<IDocumentRenderer>());
        Assert.Equal(russian.Failures, fromContainer.Failures);

        var language = Assert.Throws<OptionsValidationException>(() => Renderer((MessageLanguage)7));
        Assert.Contains("Language", language.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_folder_or_file_that_is_not_there_is_told_in_both_languages()
    {
        var missing = Path.Combine(_folder, "missing");
        await InBoth<DirectoryNotFoundException>(renderer => Render(renderer, new RenderSettings { TemplateDirectory = missing }));
        await InBoth<FileNotFoundException>(renderer => Render(renderer, new RenderSettings { Template = Path.Combine(_folder, "nothing.sbn") }));
        await InBoth<FileNotFoundException>(renderer => Render(renderer, new RenderSettings { Template = _folder + Path.DirectorySeparatorChar }));
    }

    [Fact]
    public async Task A_file_that_cannot_be_written_is_told_in_both_languages()
    {
        // The folder asked for is a file.
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "x");
        await InBoth<IOException>(renderer => renderer.RenderToFilesAsync(Seed, [OutputFormat.Docx], file, "seed"));

        // A folder stands where the document would go.
        Directory.CreateDirectory(Path.Combine(_folder, "seed.docx"));
        await InBoth<IOException>(renderer => renderer.RenderToFilesAsync(Seed, [OutputFormat.Docx], _folder, "seed"));

        // The folder of the file does not exist.
        await InBoth<IOException>(renderer => renderer.RenderToFileAsync(Seed, OutputFormat.Docx, Path.Combine(_folder, "missing", "seed.docx")));

        // Exporting the templates into a file.
        AssertEachInItsLanguage(
            MessageWords.In(MessageLanguage.Russian, () => Assert.Throws<IOException>(() => TemplateSource.ExportBuiltIns(file))).Message,
            MessageWords.In(MessageLanguage.English, () => Assert.Throws<IOException>(() => TemplateSource.ExportBuiltIns(file))).Message);
    }

    [Fact]
    public void A_full_disk_is_told_in_both_languages()
    {
        IOException Full(MessageLanguage language) => MessageWords.In(language, () =>
        {
            using var batch = new FileBatch((path, _, _) => throw new IOException($"No space left on device : '{path}'", 28));
            return Assert.Throws<IOException>(() => batch.Stage(Path.Combine(_folder, "report.pdf"), new byte[10]));
        });

        var (russian, english) = (Full(MessageLanguage.Russian), Full(MessageLanguage.English));

        AssertEachInItsLanguage(russian.Message, english.Message);
        Assert.EndsWith("диск заполнен", russian.Message, StringComparison.Ordinal);
        Assert.EndsWith("the disk is full", english.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_warning_of_a_skipped_template_file_is_logged_in_both_languages()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "templates")).FullName;
        File.WriteAllText(Path.Combine(folder, "Approval-Stamp.sbn"), "    <p>не будет прочитан</p>\n");

        async Task<string> Warning(MessageLanguage language)
        {
            var logger = new WarningLogger();
            var renderer = new DocumentRenderer(Options.Create(new ReportingOptions { Language = language, TemplateDirectory = folder }), logger);
            await Render(renderer);
            return Assert.Single(logger.Warnings);
        }

        AssertEachInItsLanguage(await Warning(MessageLanguage.Russian), await Warning(MessageLanguage.English));
    }

    private static DocumentRenderer Renderer(MessageLanguage language, Action<ReportingOptions>? configure = null)
    {
        var options = new ReportingOptions { Language = language };
        configure?.Invoke(options);
        return new DocumentRenderer(Options.Create(options), NullLogger<DocumentRenderer>.Instance);
    }

    private static Task Render(DocumentRenderer renderer, RenderSettings? settings = null, OutputFormat format = OutputFormat.Docx) =>
        renderer.RenderAsync(Seed, format, Stream.Null, settings);

    /// <summary>A folder of the built-in templates whose report template has <paramref name="snippet"/> in place of its title.</summary>
    private string BrokenTemplates(string snippet) => BrokenTemplates(TitleLine, snippet);

    /// <summary>A folder of the built-in templates whose report template has <paramref name="replacement"/> in place of <paramref name="line"/>.</summary>
    private string BrokenTemplates(string line, string replacement)
    {
        var folder = Path.Combine(_folder, "templates-" + Guid.NewGuid().ToString("N"));
        TemplateSource.ExportBuiltIns(folder);
        var report = Path.Combine(folder, "report.sbn");
        var text = File.ReadAllText(report);
        Assert.Contains(line, text, StringComparison.Ordinal);
        File.WriteAllText(report, text.Replace(line, replacement, StringComparison.Ordinal));
        return folder;
    }

    /// <summary>The seed's sections repeated (and numbered on) until the document has <paramref name="measures"/> measures.</summary>
    private static PlanDocument WithMeasures(int measures)
    {
        var sections = new List<PlanSection>();
        var count = 0;
        while (count < measures)
        {
            foreach (var section in Seed.Sections.TakeWhile(_ => count < measures))
            {
                var number = (sections.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var items = section.Items.Take(measures - count).Select((item, i) => item with { Number = $"{number}.{i + 1}" }).ToArray();
                sections.Add(section with { Number = number, Items = items });
                count += items.Length;
            }
        }

        return Seed with { Sections = sections };
    }

    /// <summary>The exception <paramref name="render"/> fails with, in Russian and in English, each checked for words of the other language.</summary>
    private async Task<(T Russian, T English)> InBoth<T>(Func<DocumentRenderer, Task> render, Action<ReportingOptions>? configure = null)
        where T : Exception
    {
        var russian = await Assert.ThrowsAsync<T>(() => render(Renderer(MessageLanguage.Russian, configure)));
        var english = await Assert.ThrowsAsync<T>(() => render(Renderer(MessageLanguage.English, configure)));
        AssertEachInItsLanguage(russian.Message, english.Message);
        return (russian, english);
    }

    private void AssertEachInItsLanguage(string russian, string english)
    {
        output.WriteLine(russian);
        output.WriteLine(english);
        var (russianProse, englishProse) = (Prose(russian), Prose(english));
        Assert.Empty(MessageWords.EnglishIn(russianProse));
        Assert.Empty(MessageWords.RussianIn(englishProse));
        Assert.Matches("[А-Яа-яЁё]", russianProse);
        Assert.NotEqual(russian, english);
        foreach (var phrase in LibraryPhrases)
        {
            Assert.DoesNotContain(phrase, russian, StringComparison.Ordinal);
            Assert.DoesNotContain(phrase, english, StringComparison.Ordinal);
        }
    }

    /// <summary>The file and every (line,column) of the message's first line, and the exception's own place.</summary>
    private static void AssertSamePlace(ReportingException russian, ReportingException english)
    {
        Assert.Equal((russian.SourceName, russian.Line, russian.Column), (english.SourceName, english.Line, english.Column));
        Assert.Equal(Places(english.Message), Places(russian.Message));
    }

    private static List<string> Places(string message) =>
        [.. Place().Matches(message.Split('\n')[0]).Select(m => m.Value)];

    private static List<string> Numbers(string text) => [.. Number().Matches(text).Select(m => m.Value)];

    /// <summary>
    /// The message without what is quoted rather than worded: markup element names, which the
    /// template author writes as they are (like JSON property names), and the markup line a markup
    /// error shows under its first line.
    /// </summary>
    private static string Prose(string message) => Tag().Replace(message.Split('\n')[0], " ");

    [GeneratedRegex(@"^[\w.-]+\.sbn(\(\d+,\d+\))?|\(\d+,\d+\)")]
    private static partial Regex Place();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"</?[A-Za-z][\w:.-]*/?>")]
    private static partial Regex Tag();

    /// <summary>Keeps the renderer's warnings.</summary>
    private sealed class WarningLogger : ILogger<DocumentRenderer>
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }
}
