using System.Globalization;
using System.Text;

namespace Zaozersk.Reporting.Tests.Corpus;

/// <summary>One generated document of the corpus, named for test output.</summary>
public sealed record Fixture(string Name, PlanDocument Document)
{
    /// <summary>xunit shows the name, not the record.</summary>
    public override string ToString() => Name;
}

/// <summary>
/// Structurally varied plans and reports, generated (not hand-written) so that every shape real
/// documents take is covered: reports and plans; Arabic and Roman sections; two-level, three-level
/// and flat numbering; every optional field on some measures and none on others; sections with and
/// without notes; one or several signatories, with and without an executor; every report period;
/// cells from empty to longer than a page; lists, links, «», №, non-breaking spaces.
/// Deterministic: the same fixtures on every run and machine. Every generated string carries a
/// distinctive word, so a test can tell that exactly this value reached the output.
/// </summary>
public static class FixtureCorpus
{
    private static readonly string[] Words =
    [
        "обеспечение", "проведение", "анализа", "коррупционных", "рисков", "мониторинг", "муниципальных",
        "служащих", "сведений", "о", "доходах", "расходах", "имуществе", "организация", "обучения",
        "антикоррупционной", "экспертизы", "нормативных", "правовых", "актов", "проектов", "в", "сфере",
        "закупок", "товаров", "работ", "услуг", "для", "обеспечения", "нужд", "размещение", "информации",
        "на", "официальном", "сайте", "органов", "местного", "самоуправления", "и", "по", "вопросам",
        "противодействия", "коррупции", "комиссии", "соблюдению", "требований", "к", "служебному",
        "поведению", "урегулированию", "конфликта", "интересов", "граждан", "обращений", "рассмотрение",
    ];

    private static readonly string[] Units =
    [
        "Управление делами Администрации ЗАТО город Заозерск",
        "Отдел муниципальной службы и кадров",
        "Юридический отдел",
        "Управление финансов",
        "Отдел муниципального заказа",
        "Руководители муниципальных учреждений",
        "Комиссия по соблюдению требований к служебному поведению",
    ];

    private static readonly string[] Deadlines =
    [
        "постоянно", "по мере необходимости", "ежегодно, не позднее 30 апреля", "ежеквартально",
        "до 31.12.2025", "I полугодие", "в течение 2025–2026 годов", "",
    ];

    /// <summary>All fixtures, in a fixed order.</summary>
    public static IReadOnlyList<Fixture> All { get; } =
    [
        new("report-roman-three-level", RomanThreeLevelReport()),
        new("plan-flat-numbering", FlatPlan()),
        new("report-quarter-long-cells", LongCellsReport()),
        new("report-nine-months-plain", PlainReport(ReportPeriodKind.NineMonths, null, signatories: 3, executorPhone: false)),
        new("report-year-statuses", StatusReport()),
        new("plan-optional-columns", OptionalColumnsPlan()),
        new("report-half-year-2", PlainReport(ReportPeriodKind.HalfYear, 2, signatories: 1, executorPhone: true)),
    ];

    /// <summary>The fixture of that name.</summary>
    public static Fixture Get(string name) => All.Single(f => f.Name == name);

    /// <summary>For xunit theories: one row per fixture name.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var fixture in All)
            {
                data.Add(fixture.Name);
            }

            return data;
        }
    }

    private static PlanDocument RomanThreeLevelReport()
    {
        var text = new TextMaker(7, "рт");
        var sections = new List<PlanSection>();
        string[] roman = ["I", "II", "III", "IV", "V"];
        for (var s = 1; s <= roman.Length; s++)
        {
            var items = new List<PlanItem>();
            for (var i = 1; i <= 4; i++)
            {
                var number = Invariant($"{s}.{i}");
                items.Add(text.Item(number, withOptional: i % 2 == 1, status: (MeasureStatus)((s + i) % 5), execution: true));
                if (i % 2 == 0)
                {
                    for (var k = 1; k <= 2; k++)
                    {
                        items.Add(text.Item(Invariant($"{number}.{k}"), withOptional: k == 1, status: null, execution: true));
                    }
                }
            }

            sections.Add(new PlanSection
            {
                Number = roman[s - 1],
                Title = text.Sentence(3, 6),
                Note = s % 2 == 0 ? text.Sentence(8, 14) : null,
                Items = items,
            });
        }

        return Report(text, sections, new ReportPeriod { Kind = ReportPeriodKind.HalfYear, Year = 2025, Number = 1 }, signatories: 2, executor: true, phone: true);
    }

    private static PlanDocument FlatPlan()
    {
        var text = new TextMaker(11, "пп");
        var sections = new List<PlanSection>();
        var number = 0;
        for (var s = 1; s <= 6; s++)
        {
            var items = new List<PlanItem>();
            for (var i = 0; i < 20; i++)
            {
                number++;
                items.Add(text.Item(Invariant($"{number}"), withOptional: false, status: null, execution: false));
            }

            sections.Add(new PlanSection { Number = Invariant($"{s}"), Title = text.Sentence(2, 5), Note = s == 3 ? text.Sentence(5, 9) : null, Items = items });
        }

        return new PlanDocument
        {
            Kind = DocumentKind.Plan,
            Organisation = "Администрация Печенгского муниципального округа",
            PlanSubject = "мероприятий по противодействию коррупции в Администрации Печенгского муниципального округа",
            PlanPeriod = new YearRange { From = 2025, To = 2027 },
            Approval = new ApprovalBlock { Heading = "УТВЕРЖДЕН", Act = "постановлением Администрации Печенгского муниципального округа", Date = "14.01.2025", Number = "12-п" },
            Date = "14.01.2025",
            Sections = sections,
            Signatories = [new Signatory { Position = "Глава Печенгского муниципального округа", Name = "А.В. Кузнецов" }],
        };
    }

    private static PlanDocument LongCellsReport()
    {
        var text = new TextMaker(23, "дл");
        var items = new List<PlanItem>
        {
            text.Item("1.1", withOptional: false, status: null, execution: true) with { Execution = text.Paragraphs(14, 6) },
            text.Item("1.2", withOptional: false, status: null, execution: false) with { Deadline = string.Empty, Responsible = [] },
            text.Item("1.3", withOptional: true, status: MeasureStatus.NotDue, execution: true) with
            {
                Execution = "Сведения размещены:\n- " + text.Sentence(4, 6) + "\n- https://www.zaozersk.ru/anticorruption\n• " + text.Sentence(3, 5)
                    + "\n\nПодробнее: https://госуслуги.рф/help, приказ № 12 от 01.02.2025 «Об утверждении порядка»",
            },
            text.Item("1.4", withOptional: false, status: null, execution: true),
        };
        var second = new List<PlanItem>
        {
            text.Item("2.1", withOptional: false, status: null, execution: true) with { Measure = text.Paragraphs(30, 4) },
            text.Item("2.2", withOptional: false, status: null, execution: true),
        };
        return Report(text, [
            new PlanSection { Number = "1", Title = text.Sentence(3, 5), Items = items },
            new PlanSection { Number = "2", Title = text.Sentence(3, 5), Note = "Раздел исполняется совместно с\u00A0учреждениями", Items = second },
        ], new ReportPeriod { Kind = ReportPeriodKind.Quarter, Year = 2025, Number = 3 }, signatories: 1, executor: false, phone: false);
    }

    private static PlanDocument PlainReport(ReportPeriodKind kind, int? number, int signatories, bool executorPhone)
    {
        var text = new TextMaker(31 + signatories, kind == ReportPeriodKind.HalfYear ? "пг" : "дм");
        var sections = new List<PlanSection>();
        for (var s = 1; s <= 3; s++)
        {
            var items = new List<PlanItem>();
            for (var i = 1; i <= 9; i++)
            {
                items.Add(text.Item(Invariant($"{s}.{i}"), withOptional: false, status: null, execution: i % 4 != 0));
            }

            sections.Add(new PlanSection { Number = Invariant($"{s}"), Title = text.Sentence(2, 6), Items = items });
        }

        return Report(text, sections, new ReportPeriod { Kind = kind, Year = 2026, Number = number }, signatories, executor: true, executorPhone);
    }

    private static PlanDocument StatusReport()
    {
        var text = new TextMaker(41, "ст");
        var items = Enumerable.Range(1, 15)
            .Select(i => text.Item(Invariant($"1.{i}"), withOptional: false, status: (MeasureStatus)(i % 5), execution: i % 3 != 0))
            .ToList();
        var document = Report(text, [new PlanSection { Number = "1", Title = text.Sentence(3, 5), Note = text.Sentence(6, 9), Items = items }],
            new ReportPeriod { Kind = ReportPeriodKind.Year, Year = 2024 }, signatories: 0, executor: true, phone: true);
        return document with { PlanPeriod = new YearRange { From = 2024, To = 2024 } };
    }

    private static PlanDocument OptionalColumnsPlan()
    {
        var text = new TextMaker(53, "оп");
        var sections = new List<PlanSection>();
        for (var s = 1; s <= 3; s++)
        {
            var items = new List<PlanItem>();
            for (var i = 1; i <= 6; i++)
            {
                var item = text.Item(Invariant($"{s}.{i}"), withOptional: (i + s) % 3 == 0, status: null, execution: false);
                // A plan that already marks one measure done gets the «Отметка об исполнении» column.
                items.Add(i == 2 ? item with { Note = text.Sentence(2, 4) } : i == 3 && s == 1 ? item with { Status = MeasureStatus.Done } : item);
            }

            sections.Add(new PlanSection { Number = Invariant($"{s}"), Title = text.Sentence(2, 5), Note = s == 2 ? text.Sentence(4, 8) : null, Items = items });
        }

        return new PlanDocument
        {
            Kind = DocumentKind.Plan,
            Organisation = "Администрация ЗАТО город Заозерск",
            PlanSubject = "мероприятий по противодействию коррупции в Администрации ЗАТО город Заозерск",
            PlanPeriod = new YearRange { From = 2025, To = 2028 },
            Approval = new ApprovalBlock { Act = "постановлением Администрации ЗАТО город Заозерск" },
            Sections = sections,
            Signatories =
            [
                new Signatory { Position = "Глава ЗАТО город Заозерск", Name = "О.Г. Полякова" },
                new Signatory { Position = "Начальник отдела муниципальной службы и кадров", Name = "Е.А. Смирнова" },
            ],
        };
    }

    private static PlanDocument Report(TextMaker text, IReadOnlyList<PlanSection> sections, ReportPeriod period, int signatories, bool executor, bool phone)
    {
        string[] positions = ["Глава ЗАТО город Заозерск", "Заместитель Главы Администрации ЗАТО город Заозерск", "Начальник юридического отдела"];
        string[] names = ["О.Г. Полякова", "И.В. Петров", "Н.С. Ёлкина"];
        return new PlanDocument
        {
            Kind = DocumentKind.Report,
            Organisation = "Администрация ЗАТО город Заозерск",
            PlanSubject = "мероприятий по противодействию коррупции в Администрации ЗАТО город Заозерск",
            PlanPeriod = new YearRange { From = 2025, To = 2027 },
            ReportPeriod = period,
            Approval = new ApprovalBlock { Act = "постановлением Администрации ЗАТО город Заозерск", Date = "27.01.2025", Number = "336" },
            Sections = sections,
            Signatories = [.. Enumerable.Range(0, signatories).Select(i => new Signatory { Position = positions[i], Name = names[i] })],
            Executor = executor ? new Executor { Name = "Иванова " + text.Marker(), Phone = phone ? "8 (81556) 3-15-" + text.Marker()[^2..] : null } : null,
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Makes the text of one fixture from a fixed seed; each string gets a distinctive marker word.</summary>
    private sealed class TextMaker(int seed, string prefix)
    {
        private readonly Random _random = new(seed);
        private int _count;

        /// <summary>A word found nowhere else in the fixture, such as «рт017».</summary>
        public string Marker() => prefix + (++_count).ToString("D3", CultureInfo.InvariantCulture);

        public string Sentence(int minWords, int maxWords)
        {
            var count = _random.Next(minWords, maxWords + 1);
            var text = new StringBuilder(Marker());
            for (var i = 0; i < count; i++)
            {
                text.Append(' ').Append(Words[_random.Next(Words.Length)]);
            }

            return text.ToString();
        }

        public string Paragraphs(int count, int sentencesEach)
        {
            var text = new StringBuilder();
            for (var p = 0; p < count; p++)
            {
                if (p > 0)
                {
                    text.Append("\n\n");
                }

                for (var s = 0; s < sentencesEach; s++)
                {
                    text.Append(s == 0 ? string.Empty : " ").Append(Sentence(8, 16)).Append('.');
                }
            }

            return text.ToString();
        }

        public PlanItem Item(string number, bool withOptional, MeasureStatus? status, bool execution)
        {
            var responsible = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Units[_random.Next(Units.Length)] + " " + Marker()).Distinct().ToList();
            var deadline = Deadlines[_random.Next(Deadlines.Length)];
            return new PlanItem
            {
                Number = number,
                Measure = Sentence(6, 18) + (_random.Next(4) == 0 ? " «в соответствии с решением № 5»" : string.Empty),
                Responsible = responsible,
                Deadline = deadline.Length == 0 ? string.Empty : deadline + " " + Marker(),
                Indicator = withOptional ? "доля " + Sentence(3, 6) + ", %" : null,
                ExpectedResult = withOptional ? Sentence(4, 10) : null,
                Status = status,
                Note = withOptional && _random.Next(2) == 0 ? Sentence(2, 5) : null,
                Execution = execution ? Sentence(10, 40) + (_random.Next(3) == 0 ? "\n- " + Sentence(3, 6) + "\n- " + Sentence(3, 6) : string.Empty) : null,
            };
        }
    }
}
