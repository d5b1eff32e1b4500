using System.Collections.Concurrent;
using System.Globalization;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Sample;

/// <summary>
/// Renders a folder of inputs in parallel. On a terminal it shows one progress line that updates
/// in place; redirected, it prints a plain line per file. A summary ends the run.
/// </summary>
internal static class BatchRun
{
    public static async Task<int> RunAsync(IDocumentRenderer renderer, string folder, string output, IReadOnlyList<OutputFormat> formats, RenderSettings settings, int parallel, CancellationToken cancellationToken)
    {
        // report.JSON is as much a JSON file as report.json, on every system.
        var files = Directory.GetFiles(folder, "*.json", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, AttributesToSkip = 0, IgnoreInaccessible = false }).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine(Commands.ErrorIn(folder, Localized.Text("no *.json files", "нет файлов '*.json'")));
            return ExitCodes.Failed;
        }

        var failures = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var done = 0;
        var live = !Console.IsOutputRedirected;
        var gate = new Lock();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (file, token) =>
        {
            string outcome;
            try
            {
                var loaded = await renderer.LoadAsync(file, token);
                if (loaded.HasErrors || loaded.Document is null)
                {
                    var first = loaded.Diagnostics.First(d => d.IsError);
                    var more = loaded.Diagnostics.Count(d => d.IsError) - 1;
                    outcome = first + (more > 0 ? Localized.Text($" (and {Counted.Number(more)} more)", $" (и еще {Counted.Number(more)})") : string.Empty);
                    failures[file] = outcome;
                }
                else
                {
                    var written = await Commands.RenderAllAsync(renderer, loaded.Document, file, formats, output, settings, token);
                    outcome = Localized.Text("ok: ", "готово: ") + string.Join(", ", written);
                }
            }
            catch (Exception ex) when (Commands.IsUserError(ex))
            {
                outcome = Commands.ErrorIn(file, ex.Message.Split('\n')[0]);
                failures[file] = outcome;
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
            {
                // A failure that is nobody's input (a bug) still stops only this file.
                outcome = Commands.ErrorIn(file, Localized.Text(
                    $"unexpected failure ({ex.GetType().Name}: {ex.Message.Split('\n')[0]}); please report it with the input file",
                    $"непредвиденный сбой программы («{ex.GetType().Name}: {ex.Message.Split('\n')[0]}»); сообщите о нем разработчикам, приложив входной файл"));
                failures[file] = outcome;
            }

            lock (gate)
            {
                done++;
                if (live)
                {
                    var line = string.Create(CultureInfo.InvariantCulture, $"[{done}/{files.Count}] {TerminalLine.Of(Path.GetFileName(file))}");
                    Console.Write("\r" + line.PadRight(72));
                }
                else
                {
                    // A file's name comes from the folder, not from the user: it may hold anything.
                    Console.WriteLine(TerminalLine.Of(failures.ContainsKey(file) ? Localized.Text("FAILED ", "НЕ ОФОРМЛЕН ") + outcome : outcome));
                }
            }
        });

        if (live)
        {
            Console.WriteLine();
            foreach (var failure in failures.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                Console.Error.WriteLine(TerminalLine.Of(failure.Value));
            }
        }

        Console.WriteLine(Localized.Text(
            string.Create(CultureInfo.InvariantCulture, $"{files.Count - failures.Count} rendered, {failures.Count} failed, of {files.Count} files"),
            $"оформлено: {Counted.Number(files.Count - failures.Count)}, с ошибками: {Counted.Number(failures.Count)}, всего файлов: {Counted.Number(files.Count)}"));
        return failures.IsEmpty ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
