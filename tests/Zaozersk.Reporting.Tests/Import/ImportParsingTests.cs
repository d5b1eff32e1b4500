using Zaozersk.Reporting.Import;

namespace Zaozersk.Reporting.Tests.Import;

/// <summary>The wordings the import recognises: titles, approval stamps, section rows, column headers, status marks, ties.</summary>
public sealed class ImportParsingTests
{
    [Theory]
    [InlineData("ОТЧЕТ об исполнении Плана мероприятий на 2021–2024 годы за 2022 год", DocumentKind.Report, 2021, 2024, "year", 2022, null)]
    [InlineData("ОТЧЁТ о выполнении плана мероприятий на 2021-2024 годы за 1 полугодие 2025 года", DocumentKind.Report, 2021, 2024, "halfYear", 2025, 1)]
    [InlineData("Отчет о ходе реализации плана мероприятий на 2024 — 2026 гг. за первое полугодие 2025 года", DocumentKind.Report, 2024, 2026, "halfYear", 2025, 1)]
    [InlineData("ОТЧЕТ об исполнении плана мероприятий на 2025‑2027 годы за второе полугодие 2025 года", DocumentKind.Report, 2025, 2027, "halfYear", 2025, 2)]
    [InlineData("ОТЧЕТ об исполнении плана мероприятий на 2025–2027 годы за 9 месяцев 2025 года", DocumentKind.Report, 2025, 2027, "nineMonths", 2025, null)]
    [InlineData("ОТЧЕТ об исполнении плана мероприятий на 2025–2027 годы за III квартал 2025 года", DocumentKind.Report, 2025, 2027, "quarter", 2025, 3)]
    [InlineData("ОТЧЕТ об исполнении плана мероприятий на 2025–2027 годы за 3 квартал 2025 года", DocumentKind.Report, 2025, 2027, "quarter", 2025, 3)]
    [InlineData("ОТЧЕТ об исполнении плана мероприятий за II полугодие 2025 года на 2025–2027 годы", DocumentKind.Report, 2025, 2027, "halfYear", 2025, 2)]
    [InlineData("ПЛАН мероприятий на 2025 год", DocumentKind.Plan, 2025, 2025, null, 0, null)]
    public void A_title_gives_the_kind_the_subject_and_both_periods(string text, DocumentKind kind, int from, int to, string? periodKind, int year, int? number)
    {
        var title = DocumentTitle.Parse(text)!;

        Assert.Equal(kind, title.Kind);
        Assert.Equal("мероприятий", title.Subject);
        Assert.Equal((from, to), (title.PlanPeriod!.From, title.PlanPeriod.To));
        Assert.Equal(periodKind, title.ReportPeriod is { } p ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Kind.ToString()) : null);
        Assert.Equal((year, number), title.ReportPeriod is { } r ? (r.Year, r.Number) : (0, null));
    }

    [Theory]
    [InlineData("УТВЕРЖДЕН постановлением Администрации ЗАТО город Заозерск от 27.04.2022 № 336", "УТВЕРЖДЕН", "постановлением Администрации ЗАТО город Заозерск", "27.04.2022", "336")]
    [InlineData("УТВЕРЖДЁН распоряжением Главы от 7.4.2022 г. №\u00A012-р", "УТВЕРЖДЁН", "распоряжением Главы", "07.04.2022", "12-р")]
    [InlineData("УТВЕРЖДЕНО решением Совета от 27 апреля 2022 г. № 5", "УТВЕРЖДЕНО", "решением Совета", "27.04.2022", "5")]
    [InlineData("УТВЕРЖДЕН постановлением Администрации от __________ № ___", "УТВЕРЖДЕН", "постановлением Администрации", null, null)]
    [InlineData("«УТВЕРЖДЕНА» постановлением от «__» ________ 20__ г. № ____", "УТВЕРЖДЕНА", "постановлением", null, null)]
    [InlineData("УТВЕРЖДЕН постановлением Администрации", "УТВЕРЖДЕН", "постановлением Администрации", null, null)]
    public void An_approval_stamp_gives_heading_act_date_and_number_with_blanks_left_blank(string text, string heading, string act, string? date, string? number)
    {
        var approval = ApprovalStamp.Parse(text)!;

        Assert.Equal((heading, act, date, number), (approval.Heading, approval.Act, approval.Date, approval.Number));
    }

    [Theory]
    [InlineData("1. Организационные мероприятия", "1", "Организационные мероприятия")]
    [InlineData("Раздел I. Кадровая работа", "I", "Кадровая работа")]
    [InlineData("IV. Просвещение", "IV", "Просвещение")]
    [InlineData("Раздел 2 Закупки", "2", "Закупки")]
    [InlineData("раздел 3: Экспертиза", "3", "Экспертиза")]
    public void A_section_row_gives_number_and_title(string text, string number, string title) =>
        Assert.Equal((number, title), SectionHeading.Parse(text));

    [Theory]
    [InlineData("№ п/п", "Number")]
    [InlineData("№", "Number")]
    [InlineData("Наименование мероприятия", "Measure")]
    [InlineData("Мероприятие", "Measure")]
    [InlineData("Наименование мероприятий", "Measure")]
    [InlineData("Ответственные исполнители", "Responsible")]
    [InlineData("Исполнитель", "Responsible")]
    [InlineData("Ответственный исполнитель", "Responsible")]
    [InlineData("Срок исполнения", "Deadline")]
    [InlineData("Сроки исполнения", "Deadline")]
    [InlineData("Срок", "Deadline")]
    [InlineData("Информация об исполнении", "Execution")]
    [InlineData("Отметка об исполнении", "Execution")]
    [InlineData("Информация о выполнении", "Execution")]
    [InlineData("Результат", "Execution")]
    [InlineData("Ожидаемый результат", "ExpectedResult")]
    [InlineData("Показатель (индикатор)", "Indicator")]
    [InlineData("Примечание", "Note")]
    [InlineData("Отметка о выполнении", "Status")]
    [InlineData("Финансирование, тыс. руб.", "Unknown")]
    public void A_header_wording_names_its_column(string header, string kind) => Assert.Equal(kind, HeaderColumns.Classify(header).ToString());

    [Theory]
    [InlineData("Исполнено", MeasureStatus.Done)]
    [InlineData("исполняется.", MeasureStatus.InProgress)]
    [InlineData("Исполнено частично", MeasureStatus.PartiallyDone)]
    [InlineData("Не исполнено", MeasureStatus.NotDone)]
    [InlineData("Срок не наступил", MeasureStatus.NotDue)]
    [InlineData("Исполнено в срок, акт № 5", null)]
    public void A_status_mark_in_russian_maps_to_the_status(string mark, MeasureStatus? status) => Assert.Equal(status, StatusMarks.Parse(mark));

    [Theory]
    [InlineData("приказ №\u00A012", "приказ № 12")]
    [InlineData("О.Г.\u00A0Полякова и Петров\u00A0И.В.", "О.Г. Полякова и Петров И.В.")]
    [InlineData("в течение 2025–\u20602026 годов", "в течение 2025–2026 годов")]
    [InlineData("совместно с\u00A0учреждениями", "совместно с\u00A0учреждениями")]
    public void Ties_come_out_and_typed_non_breaking_spaces_stay(string printed, string typed) => Assert.Equal(typed, Typography.Untie(printed));

    [Theory]
    [InlineData("2025", ReportPeriodKind.Year, null)]
    [InlineData("2025-H1", ReportPeriodKind.HalfYear, 1)]
    [InlineData("2025-h2", ReportPeriodKind.HalfYear, 2)]
    [InlineData("2025-Q3", ReportPeriodKind.Quarter, 3)]
    [InlineData("2025-9M", ReportPeriodKind.NineMonths, null)]
    public void A_period_argument_reads_as_a_report_period(string text, ReportPeriodKind kind, int? number)
    {
        Assert.True(ReportSkeleton.TryParsePeriod(text, out var period));
        Assert.Equal((kind, 2025, number), (period.Kind, period.Year, period.Number));
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025-H3")]
    [InlineData("25")]
    [InlineData("2025-10M")]
    [InlineData("")]
    public void Other_period_arguments_are_refused(string text) => Assert.False(ReportSkeleton.TryParsePeriod(text, out _));
}
