using System.CommandLine;
using System.Globalization;
using System.Text;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample;

/// <summary>The way in: <c>import</c> a Word plan or report to JSON, and <c>init --from</c> a plan to start its report.</summary>
internal static class ImportCommands
{
    /// <summary>The forms <c>--period</c> accepts, for messages and help.</summary>
    public static string PeriodForms => Localized.Text(
        "2025, 2025-H1, 2025-H2, 2025-Q1 … 2025-Q4 or 2025-9M",
        "2025 (год), 2025-H1 или 2025-H2 (полугодие), 2025-Q1 … 2025-Q4 (квартал) или 2025-9M (девять месяцев)");

    public static Command Import()
    {
        var input = new Argument<string>("file")
        {
            Description = Localized.Text("The Word document (.docx) to import.", "Документ Word ('*.docx'), из которого взять план или отчет."),
            HelpName = Localized.Text("file", "файл"),
        };
        var output = new Option<string?>("--out")
        {
            Description = Localized.Text(
                "The JSON file to write. Default: <input-name>.json in the current folder.",
                "Файл JSON, который записать. По умолчанию — в текущей папке, с именем документа и расширением '.json'."),
            HelpName = Localized.Text("file", "файл"),
        };
        var limits = new LimitOptions();
        var command = new Command("import", Localized.Text(
            "Import a Word plan or report (.docx) to JSON, reporting everything it could not place.",
            "Перенести план или отчет из документа Word ('*.docx') в JSON и сообщить обо всем, что не удалось разместить.")) { Commands.NotEmpty(input), Commands.NotEmpty(output) };
        limits.AddInputLimitTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(input)!;
            var target = result.GetValue(output) ?? Commands.OutputName(path) + ".json";
            if (Commands.SameFile(target, path))
            {
                Console.Error.WriteLine(Commands.ErrorIn(path, Localized.Text(
                    $"the output {target} would replace the input file; give another --out",
                    $"файл результата {target} заменил бы входной файл; укажите другой в --out")));
                return ExitCodes.Failed;
            }

            var imported = await Host.Importer(limits.From(result)).ImportAsync(path, cancellationToken);
            Print(imported.Diagnostics);
            if (imported.Document is not { } document)
            {
                return ExitCodes.Failed;
            }

            var options = new ReportingOptions();
            limits.From(result)(options);
            if (!await WriteJsonAsync(target, document, cancellationToken, options.MaxInputBytes))
            {
                return ExitCodes.Failed;
            }

            Console.WriteLine(target);
            Console.WriteLine(Summary(path, document, imported.Diagnostics));

            // Exit 0 means the JSON renders as it is; otherwise each error above names what to fill in and where.
            var errors = imported.Diagnostics.Count(d => d.IsError);
            if (errors > 0)
            {
                Console.Error.WriteLine(target + ": " + Localized.Text(
                    $"the JSON is written but does not render yet: fill in or correct the {Counted.Noun(errors, "value", "values", "значение", "значения", "значений")} named above (each with its JSON path), then run «validate»",
                    $"JSON записан, но документ по нему еще не построить: заполните или исправьте значения, названные выше (их {Counted.Number(errors)}; у каждого указан путь в JSON), затем выполните «validate»"));
                return ExitCodes.Incomplete;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Writes a report skeleton for <paramref name="periodText"/> from the plan in <paramref name="planPath"/>;
    /// nothing is written when the plan has errors or the period does not fit it.
    /// </summary>
    public static async Task<int> InitFromPlanAsync(string path, string planPath, string periodText, CancellationToken cancellationToken)
    {
        // The option's validator has refused any other form as a usage error.
        if (!ReportSkeleton.TryParsePeriod(periodText, out var period))
        {
            return ExitCodes.Usage;
        }

        // Outside the renderer and importer, the library speaks the language Program put in force.
        var loaded = await PlanDocumentJson.LoadFileAsync(planPath, cancellationToken);
        if (loaded.HasErrors || loaded.Document is null)
        {
            Print(loaded.Diagnostics.Where(d => d.IsError));
            return ExitCodes.Failed;
        }

        var report = ReportSkeleton.FromPlan(loaded.Document, period);

        // An empty execution is the point of a skeleton: only errors (a period outside the plan …) are shown.
        var errors = Host.Renderer(_ => { }).Validate(report).Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            Print(errors.Select(e => e with { Source = path }));
            return ExitCodes.Failed;
        }

        if (!await WriteJsonAsync(path, report, cancellationToken))
        {
            return ExitCodes.Failed;
        }

        Console.WriteLine(path);
        return ExitCodes.Ok;
    }

    /// <summary>Writes the document as JSON, all or nothing; a file system refusal is printed and gives false.</summary>
    /// <remarks>
    /// A JSON larger than <paramref name="maxInputBytes"/> is written with a warning, as the same limit would
    /// refuse it as input: the import keeps half as many characters of text, but a character can take three bytes.
    /// </remarks>
    private static async Task<bool> WriteJsonAsync(string path, PlanDocument document, CancellationToken cancellationToken, long? maxInputBytes = null)
    {
        try
        {
            var json = Encoding.UTF8.GetBytes(PlanDocumentJson.Serialize(document));
            await AtomicFile.WriteAsync(path, json, cancellationToken);
            if (json.Length > maxInputBytes)
            {
                var size = BoundedInput.Describe(json.Length);
                var limit = BoundedInput.Describe(maxInputBytes.Value);
                var raise = "«--max-input-size " + ((json.Length / (1024 * 1024)) + 1).ToString(CultureInfo.InvariantCulture) + "MB»";
                Console.WriteLine(path + Localized.Text(": warning: ", ": предупреждение: ") + Localized.Text(
                    $"the JSON written is {size}, larger than the maximum input size of {limit}: «validate» and «render» will refuse it unless given {raise}",
                    $"записанный JSON занимает {size} — больше предельного размера входного файла ({limit}): команды «validate» и «render» откажутся его читать, если не указать {raise}"));
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(Commands.ErrorIn(path, ex.Message));
            return false;
        }
    }

    /// <summary>Usage errors (exit 2): --from and --period come together, and the period has one of the known forms.</summary>
    public static void ValidateSkeletonOptions(Command command, Option<string?> from, Option<string?> period)
    {
        period.Validators.Add(result =>
        {
            if (!ReportSkeleton.TryParsePeriod(result.GetValueOrDefault<string?>(), out _))
            {
                var given = QuotedText.Quote(result.GetValueOrDefault<string?>() ?? string.Empty);
                result.AddError(Localized.Text($"--period {given}: use {PeriodForms}", $"--period {given}: укажите {PeriodForms}"));
            }
        });
        command.Validators.Add(result =>
        {
            var hasFrom = result.GetResult(from) is not null;
            var hasPeriod = result.GetResult(period) is not null;
            if (hasFrom != hasPeriod)
            {
                result.AddError(hasFrom
                    ? Localized.Text($"--from needs --period: {PeriodForms}", $"с --from нужен и --period: {PeriodForms}")
                    : Localized.Text("--period needs --from <plan.json>", "с --period нужен и --from <plan.json>"));
            }
        });
    }

    /// <summary>How many of an import's warnings are printed; a damaged or generated file can have millions.</summary>
    internal const int MaxWarningsShown = 1_000;

    private static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        var warnings = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.IsError && ++warnings > MaxWarningsShown)
            {
                continue;
            }

            (diagnostic.IsError ? Console.Error : Console.Out).WriteLine(diagnostic);
        }

        if (warnings > MaxWarningsShown)
        {
            Console.WriteLine(Localized.Text(
                $"… and {Counted.Number(warnings - MaxWarningsShown)} more warnings not shown (the first {Counted.Number(MaxWarningsShown)} are); their count is in the summary",
                $"… не показано предупреждений: {Counted.Number(warnings - MaxWarningsShown)} (показаны первые {Counted.Number(MaxWarningsShown)}); всего их — в итоговой строке"));
        }
    }

    private static string Summary(string path, PlanDocument document, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var kind = document.Kind == DocumentKind.Report ? Localized.Text("a report", "отчет") : Localized.Text("a plan", "план");
        var sections = Counted.Noun(document.Sections.Count, "section", "sections", "раздел", "раздела", "разделов");
        var measures = Counted.Noun(document.Sections.Sum(s => s.Items.Count), "measure", "measures", "мероприятие", "мероприятия", "мероприятий");
        var signatories = Counted.Noun(document.Signatories.Count, "signatory", "signatories", "подпись", "подписи", "подписей");
        return path + Localized.Text(": imported ", ": импортирован ") + $"{kind}: {sections}, {measures}, {signatories}; {Counted.ErrorsAndWarnings(errors, diagnostics.Count - errors)}";
    }
}
