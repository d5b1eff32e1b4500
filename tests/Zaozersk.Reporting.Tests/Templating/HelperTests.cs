using Scriban.Runtime;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Templating;
using Zaozersk.Reporting.Tests.Seed;

namespace Zaozersk.Reporting.Tests.Templating;

/// <summary>The helpers templates call: the text convention and the official formats.</summary>
public sealed class HelperTests
{
    [Fact]
    public void Blank_lines_separate_paragraphs_and_single_line_breaks_stay_inside_one()
    {
        Assert.Equal("<p>один<br/>два</p><p>три</p>", TextMarkup.Blocks("один\nдва\n\n \nтри", null));
    }

    [Fact]
    public void Dash_and_bullet_lines_are_list_items_keeping_their_marker()
    {
        Assert.Equal(
            "<p style=\"t\">Приняты:</p><list bullet=\"-\"><li><p style=\"t\">первый</p></li><li><p style=\"t\">второй</p></li></list><list bullet=\"•\"><li><p style=\"t\">третий</p></li></list><p style=\"t\">итог</p>",
            TextMarkup.Blocks("Приняты:\n- первый\n- второй\n• третий\nитог", "t"));
    }

    [Theory]
    [InlineData("один\nдва\n\n \nтри")]
    [InlineData("Приняты:\n- первый\n- второй\n• третий\nитог")]
    [InlineData("- один\nтекст\n- два\n\n- три\n• четыре\n\n\nконец\r\nстрока")]
    [InlineData("-\n\n-5 градусов")]
    [InlineData("")]
    [InlineData(" \n \n")]
    public void The_block_count_is_the_paragraphs_and_lists_the_text_makes(string text)
    {
        var markup = TextMarkup.Blocks(text, null);

        Assert.Equal(markup.Split("<p>").Length - 1 + markup.Split("<list ").Length - 1, TextConvention.BlockCount(text));
    }

    [Fact]
    public void The_block_count_of_every_seed_text_is_what_its_markup_holds()
    {
        var texts = TestData.Seed.Sections
            .SelectMany(s => s.Items.SelectMany(i => new[] { i.Measure, i.Deadline, i.Execution, i.Note }).Append(s.Note))
            .OfType<string>()
            .ToList();

        Assert.Contains(texts, t => TextConvention.BlockCount(t) > 5);
        Assert.All(texts, text =>
        {
            var markup = TextMarkup.Blocks(text, null);
            Assert.Equal(markup.Split("<p>").Length - 1 + markup.Split("<list ").Length - 1, TextConvention.BlockCount(text));
        });
    }

    [Fact]
    public void A_dash_without_a_space_is_text()
    {
        Assert.Equal("<p>-</p><p>-5 градусов</p>", TextMarkup.Blocks("-\n\n-5 градусов", null));
    }

    [Fact]
    public void Addresses_become_links_without_trailing_punctuation()
    {
        Assert.Equal(
            "см. <a href=\"http://www.zatozaozersk.ru/\">http://www.zatozaozersk.ru/</a>, и <a href=\"https://vk.com/zaozadm?w=wall-171749274_25869&amp;x=1\">https://vk.com/zaozadm?w=wall-171749274_25869&amp;x=1</a>.",
            TextMarkup.Inline("см. http://www.zatozaozersk.ru/, и https://vk.com/zaozadm?w=wall-171749274_25869&x=1."));
    }

    [Fact]
    public void Text_is_escaped_and_line_breaks_become_br()
    {
        Assert.Equal("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;<br/>e<br/>f", MarkupEscaper.Escape("a <b> & \"c\" 'd'\ne\r\nf"));
        Assert.Equal("эмодзи 😀", MarkupEscaper.Escape("эмодзи 😀"));
        Assert.Throws<ArgumentException>(() => MarkupEscaper.Escape("плохой \uD800 суррогат"));
    }

    [Theory]
    [InlineData("27.04.2022", "27.04.2022", "27 апреля 2022\u00A0г.", "2022-04-27")]
    [InlineData("2022-04-27", "27.04.2022", "27 апреля 2022\u00A0г.", "2022-04-27")]
    [InlineData("01.12.2021", "01.12.2021", "1 декабря 2021\u00A0г.", "2021-12-01")]
    [InlineData("не дата", "не дата", "не дата", "")]
    public void Dates_in_official_forms(string input, string date, string longDate, string iso)
    {
        Assert.Equal(date, OfficialFormats.Date(input));
        Assert.Equal(longDate, OfficialFormats.LongDate(input));
        Assert.Equal(iso, OfficialFormats.IsoDate(input));
    }

    [Fact]
    public void Years_numbers_and_periods()
    {
        Assert.Equal("2021–2024", OfficialFormats.YearRange(2021, 2024));
        Assert.Equal("2022", OfficialFormats.YearRange(2022, 2022));
        Assert.Equal("№\u00A0336", OfficialFormats.NumberSign("336"));
        Assert.Equal("№\u00A0___", OfficialFormats.NumberSign(null));
        Assert.Equal("на 2021–2024 годы", OfficialFormats.PlanPeriodPhrase(new YearRange { From = 2021, To = 2024 }));
        Assert.Equal("за 2022 год", OfficialFormats.ReportPeriodPhrase(new ReportPeriod { Kind = ReportPeriodKind.Year, Year = 2022 }));
        Assert.Equal("за III квартал 2022 года", OfficialFormats.ReportPeriodPhrase(new ReportPeriod { Kind = ReportPeriodKind.Quarter, Year = 2022, Number = 3 }));
        Assert.Equal("за второе полугодие 2023 года", OfficialFormats.ReportPeriodPhrase(new ReportPeriod { Kind = ReportPeriodKind.HalfYear, Year = 2023, Number = 2 }));
        Assert.Equal("за 9 месяцев 2024 года", OfficialFormats.ReportPeriodPhrase(new ReportPeriod { Kind = ReportPeriodKind.NineMonths, Year = 2024 }));
    }

    [Fact]
    public void Templates_see_only_plain_values_never_live_objects()
    {
        var model = TemplateModel.From(TestData.Seed);

        static void Check(object? value, string path)
        {
            switch (value)
            {
                case null or string or int or bool:
                    return;
                case ScriptObject obj:
                    foreach (var key in obj.Keys)
                    {
                        Check(obj[key], path + "." + key);
                    }

                    return;
                case ScriptArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Check(array[i], $"{path}[{i}]");
                    }

                    return;
                default:
                    Assert.Fail($"{path} is a live {value.GetType()}");
                    return;
            }
        }

        Check(model, "document");
    }

    [Theory]
    [InlineData("на 2025–2027 годы", "на 2025–\u20602027 годы")]
    [InlineData("приказ № 12 и 2021-2024", "приказ №\u00A012 и 2021-\u20602024")]
    [InlineData("подписал И.О. Петров", "подписал И.О.\u00A0Петров")]
    [InlineData("Петров И.О. и И. О. Сидоров", "Петров\u00A0И.О. и И.\u00A0О.\u00A0Сидоров")]
    [InlineData("г. Заозерск, т. 5 - без связок", "г. Заозерск, т. 5 - без связок")]
    public void Ties_glue_ranges_numbers_and_initials_and_leave_other_text_alone(string text, string expected)
    {
        var tied = OfficialFormats.Ties(text);

        Assert.Equal(expected, tied);
        if (text == expected)
        {
            Assert.Same(text, tied);
        }
    }

    [Theory]
    [InlineData("{{ date '2022-04-27' }}", "27.04.2022")]
    [InlineData("{{ '2022-04-27' | date }}", "27.04.2022")]
    [InlineData("{{ date text: '2022-04-27' }}", "27.04.2022")]
    [InlineData("{{ year_range to: 2024 from: 2021 }}", "2021–2024")]
    [InlineData("{{ '2021' | year_range '2024' }}", "2021–2024")]
    [InlineData("{{ blank count: 3 }}|{{ blank 0 }}", "___|_")]
    [InlineData("{{ text_blocks style: 's' text: 'а\n\nб' }}", "<p style=\"s\">а</p><p style=\"s\">б</p>")]
    [InlineData("{{ text_inline 'см. http://a.ru/' }}{{ one_line 'а\nб' }}", "см. <a href=\"http://a.ru/\">http://a.ru/</a>а б")]
    [InlineData("{{ number_sign 336 }} {{ date null }}{{ ties null }}", "№\u00A0336 ")]
    public void Helpers_take_arguments_by_position_through_a_pipe_and_by_name(string template, string expected)
    {
        Assert.Equal(expected, RenderTemplate(template));
    }

    [Theory]
    [InlineData("{{ year_range 2021 }}", "report.sbn(1,19): 'year_range' takes 2 argument(s), not 1")]
    [InlineData("{{ blank 'много' }}", "report.sbn(1,10): a text where a whole number is expected")]
    public void A_helper_given_the_wrong_arguments_fails_at_the_call(string template, string message)
    {
        var error = Assert.Throws<TemplateException>(() => RenderTemplate(template));

        Assert.Equal(message, error.Message);
    }

    private static string RenderTemplate(string template)
    {
        using var folder = new TempFolder("zr-helpers-");
        File.WriteAllText(Path.Combine(folder, "report.sbn"), template);
        return TemplateRenderer.Render(TestData.Seed, new TemplateRun("report", TemplateSource.FromDirectory(folder))).ToString();
    }
}
