using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zaozersk.Reporting.Diagnostics;
using Zaozersk.Reporting.Import;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Json;

namespace Zaozersk.Reporting.Sample;

/// <summary>The way in: <c>import</c> a Word plan or report to JSON, and <c>init --from</c> a plan to start its report.</summary>
internal static class ImportCommands
{
    /// <summary>The forms <c>--period</c> accepts, for messages and help.</summary>
    public const string PeriodForms = "2025, 2025-H1, 2025-H2, 2025-Q1 … 2025-Q4 or 2025-9M";

    public static Command Import()
    {
        var input = new Argument<string>("file") { Description = "The Word document (.docx) to import." };
        var output = new Option<string?>("--out") { Description = "The JSON file to write. Default: <input-name>.json in the current folder." };
        var limits = new LimitOptions();
        var command = new Command("import", "Import a Word plan or report (.docx) to JSON, reporting everything it could not place.") { Commands.NotEmpty(input), Commands.NotEmpty(output) };
        limits.AddInputLimitTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(input)!;
            var target = result.GetValue(output) ?? Commands.OutputName(path) + ".json";
            if (Commands.SameFile(target, path))
            {
                Console.Error.WriteLine($"{path}: error: the output {target} would replace the input file; give another --out");
                return ExitCodes.Failed;
            }

            var imported = await Importer(limits.From(result)).ImportAsync(path, cancellationToken);
            Print(imported.Diagnostics);
            if (imported.Document is not { } document)
            {
                return ExitCodes.Failed;
            }

            if (!await WriteJsonAsync(target, document, cancellationToken))
            {
                return ExitCodes.Failed;
            }

            Console.WriteLine(target);
            Console.WriteLine(Summary(path, document, imported.Diagnostics));
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

        var loaded = await PlanDocumentJson.LoadFileAsync(planPath, cancellationToken);
        if (loaded.HasErrors || loaded.Document is null)
        {
            Print(loaded.Diagnostics.Where(d => d.IsError));
            return ExitCodes.Failed;
        }

        var report = ReportSkeleton.FromPlan(loaded.Document, period);

        // An empty execution is the point of a skeleton: only errors (a period outside the plan …) are shown.
        var errors = new DocumentRenderer().Validate(report).Where(d => d.IsError).ToList();
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
    private static async Task<bool> WriteJsonAsync(string path, PlanDocument document, CancellationToken cancellationToken)
    {
        try
        {
            await AtomicFile.WriteAsync(path, Encoding.UTF8.GetBytes(PlanDocumentJson.Serialize(document)), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{path}: error: {ex.Message}");
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
                result.AddError($"--period '{result.GetValueOrDefault<string?>()}': use {PeriodForms}");
            }
        });
        command.Validators.Add(result =>
        {
            var hasFrom = result.GetResult(from) is not null;
            var hasPeriod = result.GetResult(period) is not null;
            if (hasFrom != hasPeriod)
            {
                result.AddError(hasFrom ? $"--from needs --period: {PeriodForms}" : "--period needs --from <plan.json>");
            }
        });
    }

    private static IDocumentImporter Importer(Action<ReportingOptions> configure)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new StandardErrorWarnings()))
            .AddZaozerskReporting(configure)
            .BuildServiceProvider();
        return services.GetRequiredService<IDocumentImporter>();
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
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {warnings - MaxWarningsShown:N0} more warnings not shown (the first {MaxWarningsShown:N0} are); their count is in the summary"));
        }
    }

    private static string Summary(string path, PlanDocument document, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var kind = document.Kind == DocumentKind.Report ? "report" : "plan";
        return string.Create(CultureInfo.InvariantCulture,
            $"{path}: imported a {kind}: {document.Sections.Count} sections, {document.Sections.Sum(s => s.Items.Count)} measures, {document.Signatories.Count} signatories; {errors} error(s), {diagnostics.Count - errors} warning(s)");
    }
}
