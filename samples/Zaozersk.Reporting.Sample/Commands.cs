using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Templating;

namespace Zaozersk.Reporting.Sample;

/// <summary>The commands of the sample host.</summary>
internal static class Commands
{
    /// <summary>The command the .NET tool installs (the project's ToolCommandName), which help shows in its usage lines.</summary>
    internal const string Name = "zaozersk-report";

    public static Command Build()
    {
        // A plain command with help and version, not RootCommand: that takes its name from the
        // executable's file, which printed usage lines as "Zaozersk.Reporting" (its last dot read
        // as an extension), neither the file nor the command a user types.
        var root = new Command(Name, Localized.Text(
            "Zaozersk.Reporting sample host: renders anti-corruption plans and reports to DOCX and PDF.",
            "Оформляет планы и отчеты о противодействии коррупции, записанные в JSON, в документы DOCX и PDF."))
        {
            // System.CommandLine's own help and its descriptions of these two flags are English only.
            new HelpOption { Description = Localized.Text("Show help and usage information", "Показать справку и порядок вызова"), Action = new HelpPage() },
            new VersionOption { Description = Localized.Text("Show version information", "Показать номер версии") },
            LanguageOption.Create(),
        };
        root.Add(Render());
        root.Add(Batch());
        root.Add(Validate());
        root.Add(Init());
        root.Add(ImportCommands.Import());
        root.Add(Templates());
        root.Add(Schema());
        root.Add(Service.ServeCommand.Create());
        return root;
    }

    private static Command Render()
    {
        var input = InputArgument();
        var template = new Option<string?>("--template")
        {
            Description = Localized.Text(
                "report, plan, a template name in --templates, or a path to a .sbn file. Default: from the input's kind.",
                "'report', 'plan', имя шаблона из папки --templates или путь к файлу шаблона '*.sbn'. По умолчанию — по виду документа (отчет или план)."),
            HelpName = Localized.Text("template", "шаблон"),
        };
        var format = FormatOption();
        var output = new Option<string>("--out") { Description = Localized.Text("Folder for the output files.", "Папка для готовых файлов."), HelpName = Localized.Text("folder", "папка"), DefaultValueFactory = _ => "." };
        var templates = TemplatesOption();
        var repeat = RepeatHeaderOption();
        var conformance = ConformanceOption();
        var limits = new LimitOptions();
        var command = new Command("render", Localized.Text("Render a JSON plan or report to DOCX and PDF.", "Оформить план или отчет из JSON в документы DOCX и PDF.")) { NotEmpty(input), NotEmpty(template), format, NotEmpty(output), NotEmpty(templates), repeat, conformance };
        limits.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var formats = ParseFormats(result.GetValue(format)!);
            if (formats is null)
            {
                Console.Error.WriteLine(FormatError(result.GetValue(format)!));
                return ExitCodes.Usage;
            }

            if (ParseConformance(result.GetValue(conformance)!) is not { } pdfConformance)
            {
                Console.Error.WriteLine(ConformanceError(result.GetValue(conformance)!));
                return ExitCodes.Usage;
            }

            var path = result.GetValue(input)!;
            var renderer = Host.CommandLineRenderer(limits.From(result));
            var document = await LoadAsync(renderer, path, cancellationToken);
            if (document is null)
            {
                return ExitCodes.Failed;
            }

            var folder = result.GetValue(output)!;
            var settings = new RenderSettings { Template = result.GetValue(template), TemplateDirectory = result.GetValue(templates), RepeatFullHeader = result.GetValue(repeat), PdfConformance = pdfConformance };
            try
            {
                // The input is not used after this call: the render's job lets go of it once the template has run.
                foreach (var target in await RenderAllAsync(renderer, document, path, formats, folder, settings, cancellationToken))
                {
                    Console.WriteLine(target);
                }
            }
            catch (Exception ex) when (IsUserError(ex))
            {
                Console.Error.WriteLine(ErrorIn(path, ex.Message));
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Argument<string> InputArgument() => new("input")
    {
        Description = Localized.Text("The plan or report, as JSON.", "План или отчет в формате JSON."),
        HelpName = Localized.Text("input", "файл"),
    };

    private static Option<string> FormatOption() => new("--format")
    {
        Description = Localized.Text("Comma-separated output formats: docx, pdf.", "Форматы документов через запятую: 'docx', 'pdf'."),
        HelpName = Localized.Text("formats", "форматы"),
        DefaultValueFactory = _ => "docx,pdf",
    };

    private static Option<string?> TemplatesOption() => new("--templates")
    {
        Description = Localized.Text("A folder of templates overriding the built-ins by name.", "Папка своих шаблонов: шаблон с тем же именем заменяет встроенный."),
        HelpName = Localized.Text("folder", "папка"),
    };

    private static Option<bool> RepeatHeaderOption() => new("--repeat-header")
    {
        Description = Localized.Text(
            "Repeat the whole table header on continuation pages, not only the column numbers.",
            "Повторять на следующих страницах всю шапку таблицы, а не только номера столбцов."),
    };

    private static Option<string> ConformanceOption() => new("--pdf-conformance")
    {
        Description = Localized.Text(
            "PDF standard: pdfa-1b (archival PDF/A-1b, tagged for screen readers), pdfa-2b (the same, as PDF/A-2b: a smaller file) or none (the smallest file, neither archival nor tagged).",
            "Стандарт PDF: 'pdfa-1b' (архивный PDF/A-1b с разметкой для программ экранного доступа), 'pdfa-2b' (то же, но PDF/A-2b: файл меньше) или 'none' (самый маленький файл, не архивный и без разметки)."),
        HelpName = Localized.Text("standard", "стандарт"),
        DefaultValueFactory = _ => "pdfa-1b",
    };

    internal static PdfConformance? ParseConformance(string given) => given.Trim().ToLowerInvariant() switch
    {
        "pdfa-1b" => PdfConformance.PdfA1b,
        "pdfa-2b" => PdfConformance.PdfA2b,
        "none" => PdfConformance.None,
        _ => null,
    };

    private static string ConformanceError(string given) => Localized.Text(
        $"error: --pdf-conformance {QuotedText.Quote(given)}: use pdfa-1b, pdfa-2b or none",
        $"ошибка: --pdf-conformance {QuotedText.Quote(given)}: укажите 'pdfa-1b', 'pdfa-2b' или 'none'");

    private static string FormatError(string given) => Localized.Text(
        $"error: --format {QuotedText.Quote(given)}: use docx, pdf or docx,pdf",
        $"ошибка: --format {QuotedText.Quote(given)}: укажите 'docx', 'pdf' или 'docx,pdf'");

    /// <summary>A line saying what is wrong with a file or folder: «path: error: what».</summary>
    internal static string ErrorIn(string path, string problem) => path + Localized.Text(": error: ", ": ошибка: ") + problem;

    private static Command Batch()
    {
        var input = new Argument<string>("folder") { Description = Localized.Text("A folder of JSON plans and reports.", "Папка с планами и отчетами в JSON."), HelpName = Localized.Text("folder", "папка") };
        var output = new Option<string>("--out") { Description = Localized.Text("Folder for the output files.", "Папка для готовых файлов."), HelpName = Localized.Text("folder", "папка"), Required = true };
        var parallel = new Option<int>("--parallel")
        {
            Description = Localized.Text("How many files to render at once.", "Сколько файлов оформлять одновременно."),
            HelpName = Localized.Text("count", "число"),
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = result => LimitOptions.WholeNumber(1)(result) ?? 0,
        };
        var format = FormatOption();
        var templates = TemplatesOption();
        var repeat = RepeatHeaderOption();
        var conformance = ConformanceOption();
        var limits = new LimitOptions();
        var command = new Command("batch", Localized.Text(
            "Render every *.json in a folder; one bad file never stops the others.",
            "Оформить все файлы '*.json' из папки; ошибка в одном файле не останавливает остальные.")) { NotEmpty(input), NotEmpty(output), parallel, format, NotEmpty(templates), repeat, conformance };
        limits.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var formats = ParseFormats(result.GetValue(format)!);
            var degree = result.GetValue(parallel);
            var folder = result.GetValue(input)!;
            if (formats is null || degree < 1)
            {
                Console.Error.WriteLine(formats is null ? FormatError(result.GetValue(format)!) : Localized.Text("error: --parallel must be at least 1", "ошибка: значение --parallel должно быть не меньше 1"));
                return ExitCodes.Usage;
            }

            if (ParseConformance(result.GetValue(conformance)!) is not { } pdfConformance)
            {
                Console.Error.WriteLine(ConformanceError(result.GetValue(conformance)!));
                return ExitCodes.Usage;
            }

            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine(ErrorIn(folder, Localized.Text("the folder does not exist", "такой папки нет")));
                return ExitCodes.Failed;
            }

            var settings = new RenderSettings { TemplateDirectory = result.GetValue(templates), RepeatFullHeader = result.GetValue(repeat), PdfConformance = pdfConformance };
            return await BatchRun.RunAsync(Host.CommandLineRenderer(limits.From(result)), folder, result.GetValue(output)!, formats, settings, degree, cancellationToken);
        });
        return command;
    }

    /// <summary>
    /// Renders one document to each format, named after the input file, into <paramref name="folder"/>:
    /// all files are written, or none.
    /// </summary>
    internal static Task<IReadOnlyList<string>> RenderAllAsync(IDocumentRenderer renderer, PlanDocument document, string input, IEnumerable<OutputFormat> formats, string folder, RenderSettings settings, CancellationToken cancellationToken)
    {
        var baseName = OutputName(input);
        foreach (var format in formats)
        {
            // An input named like an output (report.pdf holding JSON) would be overwritten by it.
            var target = Path.Combine(folder, baseName + DocumentRenderer.Extension(format));
            if (SameFile(target, input))
            {
                return Task.FromException<IReadOnlyList<string>>(new IOException(Localized.Text(
                    $"the output {target} would replace the input file; choose another --out folder or rename the input",
                    $"файл результата {target} заменил бы входной файл; укажите другую папку в --out или переименуйте входной файл")));
            }
        }

        return renderer.RenderToFilesAsync(document, formats, folder, baseName, settings, cancellationToken);
    }

    /// <summary>Whether two paths name the same file (by name: Windows and macOS ignore case).</summary>
    internal static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>The outputs' name: the input's without its extension («report» for report.json), or the name without its leading dot for a file named only «.json».</summary>
    internal static string OutputName(string input)
    {
        var name = Path.GetFileNameWithoutExtension(input);
        return name.Length > 0 ? name : Path.GetFileName(input).TrimStart('.');
    }

    /// <summary>Failures that are the input's or the template's fault: reported in a line, never with a stack trace.</summary>
    internal static bool IsUserError(Exception ex) =>
        ex is ReportingException or IOException or UnauthorizedAccessException;

    /// <summary>An empty path is a usage error, not a request for the current folder.</summary>
    internal static T NotEmpty<T>(T symbol)
        where T : Symbol
    {
        switch (symbol)
        {
            case Option<string> option:
                option.Validators.Add(result => RefuseEmpty(result, result.GetValueOrDefault<string>(), option.Name));
                break;
            case Argument<string> argument:
                argument.Validators.Add(result => RefuseEmpty(result, result.GetValueOrDefault<string>(), "<" + (argument.HelpName ?? argument.Name) + ">"));
                break;
        }

        return symbol;
    }

    private static void RefuseEmpty(SymbolResult result, string? value, string name)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            result.AddError(Localized.Text($"{name} must not be empty", $"значение {name} не должно быть пустым"));
        }
    }

    private static Command Validate()
    {
        var input = InputArgument();
        var limits = new LimitOptions();
        var command = new Command("validate", Localized.Text("Check a JSON plan or report and list what to fix.", "Проверить план или отчет в JSON и перечислить, что исправить.")) { NotEmpty(input) };
        limits.AddInputLimitTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(input)!;
            var loaded = await Host.Renderer(limits.From(result)).LoadAsync(path, cancellationToken);
            Print(loaded.Diagnostics);
            if (loaded.Document is { } document)
            {
                Console.WriteLine(Summarise(document));
            }

            var errors = loaded.Diagnostics.Count(d => d.IsError);
            Console.WriteLine(path + ": " + Counted.ErrorsAndWarnings(errors, loaded.Diagnostics.Count - errors));
            return loaded.HasErrors ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Init()
    {
        var file = new Argument<string>("file")
        {
            Description = Localized.Text(
                "Where to write the starter JSON (the 2022 report of \"Заозерск\", or with --from a report skeleton).",
                "Куда записать файл-образец в JSON (отчет Заозерска за 2022 год, а с --from — заготовку отчета)."),
            HelpName = Localized.Text("file", "файл"),
        };
        var from = new Option<string?>("--from")
        {
            Description = Localized.Text(
                "A plan (JSON): write a report on it for --period, with its sections and measures and empty execution.",
                "План (JSON): записать по нему отчет за период --period — с его разделами и мероприятиями и пустыми сведениями об исполнении."),
            HelpName = Localized.Text("plan", "план"),
        };
        var period = new Option<string?>("--period") { Description = Localized.Text("With --from: ", "Вместе с --from: ") + ImportCommands.PeriodForms + ".", HelpName = Localized.Text("period", "период") };
        var command = new Command("init", Localized.Text(
            "Write a starter file to edit: the real 2022 report of \"ЗАТО город Заозерск\", or a report skeleton from a plan.",
            "Записать файл-образец для правки: настоящий отчет ЗАТО город Заозерск за 2022 год или заготовку отчета по плану.")) { NotEmpty(file), NotEmpty(from), NotEmpty(period) };
        ImportCommands.ValidateSkeletonOptions(command, from, period);
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;

            var problem = Directory.Exists(path) ? Localized.Text("a folder of that name exists; give a file name", "папка с таким именем уже есть; укажите имя файла")
                : File.Exists(path) ? Localized.Text("the file exists; choose another name", "такой файл уже есть; выберите другое имя")
                : !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))) ? Localized.Text("its folder does not exist; create it first", "папки для него нет; сначала создайте ее")
                : null;
            if (problem is not null)
            {
                Console.Error.WriteLine(ErrorIn(path, problem));
                return ExitCodes.Failed;
            }

            if (result.GetValue(from) is { } plan)
            {
                return await ImportCommands.InitFromPlanAsync(path, plan, result.GetValue(period)!, cancellationToken);
            }

            using var starter = new MemoryStream();
            await using (var stream = typeof(Commands).Assembly.GetManifestResourceStream("Zaozersk.Reporting.Sample.starter.json")!)
            {
                await stream.CopyToAsync(starter, cancellationToken);
            }

            try
            {
                await AtomicFile.WriteAsync(path, starter.ToArray(), cancellationToken);
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine(ErrorIn(path, ex.Message));
                return ExitCodes.Failed;
            }

            Console.WriteLine(path);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Templates()
    {
        var folder = new Argument<string>("folder") { Description = Localized.Text("Where to write the templates and markup.xsd.", "Куда записать шаблоны и файл markup.xsd."), HelpName = Localized.Text("folder", "папка") };
        var export = new Command("export", Localized.Text(
            "Write the built-in templates and the markup XSD, to customise.",
            "Записать встроенные шаблоны и схему их разметки (XSD), чтобы изменить их.")) { NotEmpty(folder) };
        export.SetAction(result =>
        {
            var target = result.GetValue(folder)!;
            IReadOnlyList<string> written;
            try
            {
                written = TemplateSource.ExportBuiltIns(target);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(ErrorIn(target, ex is UnauthorizedAccessException ? Localized.Text("permission denied (is the folder read-only?)", "нет доступа (папка только для чтения?)") : ex.Message));
                return ExitCodes.Failed;
            }

            foreach (var path in written)
            {
                Console.WriteLine(path);
            }

            return ExitCodes.Ok;
        });
        return new Command("templates", Localized.Text("Work with the built-in templates.", "Работа со встроенными шаблонами.")) { export };
    }

    private static Command Schema()
    {
        var command = new Command("schema", Localized.Text("Print the JSON Schema of the input format.", "Вывести схему входного формата JSON."));
        command.SetAction(_ =>
        {
            Console.Write(PlanDocumentJson.Schema);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static async Task<PlanDocument?> LoadAsync(IDocumentRenderer renderer, string path, CancellationToken cancellationToken)
    {
        var loaded = await renderer.LoadAsync(path, cancellationToken);
        Print(loaded.Diagnostics);
        return loaded.HasErrors ? null : loaded.Document;
    }

    private static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            (diagnostic.IsError ? Console.Error : Console.Out).WriteLine(diagnostic);
        }
    }

    internal static List<OutputFormat>? ParseFormats(string text)
    {
        var formats = new List<OutputFormat>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            OutputFormat? format = part.ToUpperInvariant() switch
            {
                "DOCX" => OutputFormat.Docx,
                "PDF" => OutputFormat.Pdf,
                _ => null,
            };
            if (format is null)
            {
                return null;
            }

            if (!formats.Contains(format.Value))
            {
                formats.Add(format.Value);
            }
        }

        return formats.Count == 0 ? null : formats;
    }

    /// <summary>What the document is, in plain words: «report: 'Администрация …', plan 2022–2024, for the year 2022; 9 sections, 50 measures».</summary>
    internal static string Summarise(PlanDocument document)
    {
        var report = document.Kind == DocumentKind.Report;
        var measures = document.Sections.Sum(s => s.Items.Count);
        var (from, to) = (document.PlanPeriod.From, document.PlanPeriod.To);
        var years = from == to
            ? Localized.Text(string.Create(CultureInfo.InvariantCulture, $"plan {from}"), string.Create(CultureInfo.InvariantCulture, $"план на {from} год"))
            : Localized.Text(string.Create(CultureInfo.InvariantCulture, $"plan {from}–{to}"), string.Create(CultureInfo.InvariantCulture, $"план на {from}–{to} годы"));
        var period = document.ReportPeriod is { } p ? Localized.Text(", for the ", ", за ") + Describe(p) : string.Empty;
        var sections = Counted.Noun(document.Sections.Count, "section", "sections", "раздел", "раздела", "разделов");
        var items = Counted.Noun(measures, "measure", "measures", "мероприятие", "мероприятия", "мероприятий");

        // The organisation is the user's text, quoted like every value from the input.
        return Localized.Text(report ? "report" : "plan", report ? "отчет" : "план") + $": {QuotedText.Quote(document.Organisation)}, {years}{period}; {sections}, {items}";
    }

    /// <summary>The report period in plain words («first half-year of 2025», «первое полугодие 2025 года»), never the JSON code names.</summary>
    private static string Describe(ReportPeriod period)
    {
        var year = period.Year.ToString(CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            ReportPeriodKind.Year => Localized.Text($"year {year}", $"{year} год"),
            ReportPeriodKind.NineMonths => Localized.Text($"nine months of {year}", $"девять месяцев {year} года"),
            ReportPeriodKind.HalfYear => period.Number == 2
                ? Localized.Text($"second half-year of {year}", $"второе полугодие {year} года")
                : Localized.Text($"first half-year of {year}", $"первое полугодие {year} года"),
            _ => period.Number switch
            {
                1 => Localized.Text($"first quarter of {year}", $"первый квартал {year} года"),
                2 => Localized.Text($"second quarter of {year}", $"второй квартал {year} года"),
                3 => Localized.Text($"third quarter of {year}", $"третий квартал {year} года"),
                4 => Localized.Text($"fourth quarter of {year}", $"четвертый квартал {year} года"),
                _ => Localized.Text($"quarter of {year}", $"квартал {year} года"),
            },
        };
    }
}
