using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.CompilerServices;
using Zaozersk.Reporting.Diagnostics;
using Zaozersk.Reporting.Model;
using Zaozersk.Reporting.Model.Json;
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
        var root = new Command(Name, "Zaozersk.Reporting sample host: renders anti-corruption plans and reports to DOCX and PDF.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Add(Render());
        root.Add(Batch());
        root.Add(Validate());
        root.Add(Init());
        root.Add(ImportCommands.Import());
        root.Add(Templates());
        root.Add(Schema());
        return root;
    }

    private static Command Render()
    {
        var input = new Argument<string>("input") { Description = "The plan or report, as JSON." };
        var template = new Option<string?>("--template") { Description = "report, plan, a template name in --templates, or a path to a .sbn file. Default: from the input's kind." };
        var format = new Option<string>("--format") { Description = "Comma-separated output formats: docx, pdf.", DefaultValueFactory = _ => "docx,pdf" };
        var output = new Option<string>("--out") { Description = "Folder for the output files.", DefaultValueFactory = _ => "." };
        var templates = new Option<string?>("--templates") { Description = "A folder of templates overriding the built-ins by name." };
        var repeat = new Option<bool>("--repeat-header") { Description = "Repeat the whole table header on continuation pages, not only the column numbers." };
        var limits = new LimitOptions();
        var command = new Command("render", "Render a JSON plan or report to DOCX and PDF.") { NotEmpty(input), NotEmpty(template), format, NotEmpty(output), NotEmpty(templates), repeat };
        limits.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var formats = ParseFormats(result.GetValue(format)!);
            if (formats is null)
            {
                Console.Error.WriteLine($"error: --format '{result.GetValue(format)}': use docx, pdf or docx,pdf");
                return ExitCodes.Usage;
            }

            var path = result.GetValue(input)!;
            var renderer = Host.Renderer(limits.From(result));
            var document = await LoadAsync(renderer, path, cancellationToken);
            if (document is null)
            {
                return ExitCodes.Failed;
            }

            var folder = result.GetValue(output)!;
            var settings = new RenderSettings { Template = result.GetValue(template), TemplateDirectory = result.GetValue(templates), RepeatFullHeader = result.GetValue(repeat) };

            // The input is needed only until the template has run. The load finished on another
            // stack, whose finished tasks still hold it; rendering from a fresh stack and handing the
            // input over (not keeping it here) lets a large report's input (about 40 MB for 20,000
            // measures) be freed while its PDF is written.
            await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
            try
            {
                foreach (var target in await RenderHandedOverAsync(renderer, ref document, path, formats, folder, settings, cancellationToken))
                {
                    Console.WriteLine(target);
                }
            }
            catch (Exception ex) when (IsUserError(ex))
            {
                Console.Error.WriteLine($"{path}: error: {ex.Message}");
                return ExitCodes.Failed;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Batch()
    {
        var input = new Argument<string>("folder") { Description = "A folder of JSON plans and reports." };
        var output = new Option<string>("--out") { Description = "Folder for the output files.", Required = true };
        var parallel = new Option<int>("--parallel") { Description = "How many files to render at once.", DefaultValueFactory = _ => Environment.ProcessorCount, CustomParser = result => LimitOptions.WholeNumber(1)(result) ?? 0 };
        var format = new Option<string>("--format") { Description = "Comma-separated output formats: docx, pdf.", DefaultValueFactory = _ => "docx,pdf" };
        var templates = new Option<string?>("--templates") { Description = "A folder of templates overriding the built-ins by name." };
        var repeat = new Option<bool>("--repeat-header") { Description = "Repeat the whole table header on continuation pages, not only the column numbers." };
        var limits = new LimitOptions();
        var command = new Command("batch", "Render every *.json in a folder; one bad file never stops the others.") { NotEmpty(input), NotEmpty(output), parallel, format, NotEmpty(templates), repeat };
        limits.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var formats = ParseFormats(result.GetValue(format)!);
            var degree = result.GetValue(parallel);
            var folder = result.GetValue(input)!;
            if (formats is null || degree < 1)
            {
                Console.Error.WriteLine(formats is null ? $"error: --format '{result.GetValue(format)}': use docx, pdf or docx,pdf" : "error: --parallel must be at least 1");
                return ExitCodes.Usage;
            }

            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"{folder}: error: the folder does not exist");
                return ExitCodes.Failed;
            }

            var settings = new RenderSettings { TemplateDirectory = result.GetValue(templates), RepeatFullHeader = result.GetValue(repeat) };
            return await BatchRun.RunAsync(Host.Renderer(limits.From(result)), folder, result.GetValue(output)!, formats, settings, degree, cancellationToken);
        });
        return command;
    }

    /// <summary>
    /// Renders one document to each format, named after the input file, into <paramref name="folder"/>:
    /// all files are written, or none. Compiled optimised at once, like <see cref="RenderHandedOverAsync"/>:
    /// its first, unoptimised compilation would keep <paramref name="document"/> alive through the
    /// whole render (measured: 53 MB more at the peak of a 20,000-measure report in the JIT host).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Task<IReadOnlyList<string>> RenderAllAsync(IDocumentRenderer renderer, PlanDocument document, string input, IEnumerable<OutputFormat> formats, string folder, RenderSettings settings, CancellationToken cancellationToken)
    {
        var baseName = OutputName(input);
        foreach (var format in formats)
        {
            // An input named like an output (report.pdf holding JSON) would be overwritten by it.
            var target = Path.Combine(folder, baseName + DocumentRenderer.Extension(format));
            if (SameFile(target, input))
            {
                return Task.FromException<IReadOnlyList<string>>(new IOException($"the output {target} would replace the input file; choose another --out folder or rename the input"));
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

    /// <summary>
    /// <see cref="RenderAllAsync"/> with the caller's reference to the input taken away first. The
    /// reference is taken here, not in the caller, and this method is compiled optimised at once:
    /// unoptimised code (the first runs of every method) keeps each value it has held alive until it
    /// returns, and the caller's await spans the whole render.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Task<IReadOnlyList<string>> RenderHandedOverAsync(IDocumentRenderer renderer, ref PlanDocument? document, string input, IEnumerable<OutputFormat> formats, string folder, RenderSettings settings, CancellationToken cancellationToken)
    {
        var taken = document ?? throw new ArgumentNullException(nameof(document));
        document = null;
        return RenderAllAsync(renderer, taken, input, formats, folder, settings, cancellationToken);
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
                argument.Validators.Add(result => RefuseEmpty(result, result.GetValueOrDefault<string>(), "<" + argument.Name + ">"));
                break;
        }

        return symbol;
    }

    private static void RefuseEmpty(SymbolResult result, string? value, string name)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            result.AddError($"{name} must not be empty");
        }
    }

    private static Command Validate()
    {
        var input = new Argument<string>("input") { Description = "The plan or report, as JSON." };
        var limits = new LimitOptions();
        var command = new Command("validate", "Check a JSON plan or report and list what to fix.") { NotEmpty(input) };
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
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {errors} error(s), {loaded.Diagnostics.Count - errors} warning(s)"));
            return loaded.HasErrors ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Init()
    {
        var file = new Argument<string>("file") { Description = "Where to write the starter JSON (the 2022 Заозерск report, or with --from a report skeleton)." };
        var from = new Option<string?>("--from") { Description = "A plan (JSON): write a report on it for --period, with its sections and measures and empty execution." };
        var period = new Option<string?>("--period") { Description = "With --from: " + ImportCommands.PeriodForms + "." };
        var command = new Command("init", "Write a starter file to edit: the real 2022 report of ЗАТО город Заозерск, or a report skeleton from a plan.") { NotEmpty(file), NotEmpty(from), NotEmpty(period) };
        ImportCommands.ValidateSkeletonOptions(command, from, period);
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;

            var problem = Directory.Exists(path) ? "a folder of that name exists; give a file name"
                : File.Exists(path) ? "the file exists; choose another name"
                : !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path))) ? "its folder does not exist; create it first"
                : null;
            if (problem is not null)
            {
                Console.Error.WriteLine($"{path}: error: {problem}");
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
                Console.Error.WriteLine($"{path}: error: {ex.Message}");
                return ExitCodes.Failed;
            }

            Console.WriteLine(path);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Templates()
    {
        var folder = new Argument<string>("folder") { Description = "Where to write the templates and markup.xsd." };
        var export = new Command("export", "Write the built-in templates and the markup XSD, to customise.") { NotEmpty(folder) };
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
                Console.Error.WriteLine($"{target}: error: {(ex is UnauthorizedAccessException ? "permission denied (is the folder read-only?)" : ex.Message)}");
                return ExitCodes.Failed;
            }

            foreach (var path in written)
            {
                Console.WriteLine(path);
            }

            return ExitCodes.Ok;
        });
        return new Command("templates", "Work with the built-in templates.") { export };
    }

    private static Command Schema()
    {
        var command = new Command("schema", "Print the JSON Schema of the input format.");
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

    private static string Summarise(PlanDocument document)
    {
        var kind = document.Kind == DocumentKind.Report ? "report" : "plan";
        var period = document.ReportPeriod is { } p ? ", for the " + Describe(p) : string.Empty;
        var measures = document.Sections.Sum(s => s.Items.Count);
        var years = document.PlanPeriod.From == document.PlanPeriod.To
            ? document.PlanPeriod.From.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{document.PlanPeriod.From}–{document.PlanPeriod.To}");
        return string.Create(CultureInfo.InvariantCulture,
            $"{kind}: {document.Organisation}, plan {years}{period}; {Count(document.Sections.Count, "section")}, {Count(measures, "measure")}");
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>The report period in plain words («first half-year of 2025»), never the JSON code names.</summary>
    private static string Describe(ReportPeriod period) => period.Kind switch
    {
        ReportPeriodKind.Year => string.Create(CultureInfo.InvariantCulture, $"year {period.Year}"),
        ReportPeriodKind.NineMonths => string.Create(CultureInfo.InvariantCulture, $"nine months of {period.Year}"),
        ReportPeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{(period.Number == 2 ? "second" : "first")} half-year of {period.Year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Ordinal(period.Number)} quarter of {period.Year}"),
    };

    private static string Ordinal(int? number) => number switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        _ => "?",
    };
}
