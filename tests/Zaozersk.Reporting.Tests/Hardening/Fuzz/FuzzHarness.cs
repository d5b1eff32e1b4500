using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Zaozersk.Reporting.Tests.Hardening.Fuzz;

/// <summary>
/// Runs one fuzz case through the library as a host would — load (from bytes, a stream or a
/// file), validate, render both formats to streams, render both to files — and lists every
/// promise broken on the way: an exception the library does not document, an error without its
/// place, a file written by a failed call, or a document that validated but did not render.
/// </summary>
internal sealed class FuzzHarness(string workFolder)
{
    private const string BaseName = "report";

    // A message explains one problem and quotes values cut to 60 characters; a few hundred is plenty.
    private const int MaxMessageLength = 500;

    // Tight template limits keep runaway templates cheap; they are still the library's own checks.
    private readonly DocumentRenderer _renderer = new(
        Options.Create(new ReportingOptions { TemplateTimeout = TimeSpan.FromSeconds(10), MaxTemplateOutputCharacters = 4_000_000 }),
        NullLogger<DocumentRenderer>.Instance);

    /// <summary>Runs <paramref name="fuzzCase"/> in a folder of its own under the work folder, removed afterwards.</summary>
    public async Task<FuzzResult> RunAsync(FuzzCase fuzzCase)
    {
        var violations = new List<string>();
        var folder = Path.Combine(workFolder, "case-" + fuzzCase.Number);
        var output = Path.Combine(folder, "out");
        Directory.CreateDirectory(folder);
        using var cancellation = new CancellationTokenSource();
        if (fuzzCase.CancelAfter is { } after)
        {
            // Zero cancels before the first call, so every run has cases that surely end cancelled.
            if (after == TimeSpan.Zero)
            {
                await cancellation.CancelAsync();
            }
            else
            {
                cancellation.CancelAfter(after);
            }
        }

        FuzzOutcome outcome;
        try
        {
            outcome = await RunAsync(fuzzCase, folder, output, violations, cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            outcome = FuzzOutcome.Cancelled;
            ExpectNoFiles(output, "after cancellation", violations);
        }
        catch (Exception ex)
        {
            outcome = FuzzOutcome.NotRead;
            violations.Add($"undocumented {ex.GetType().FullName}: {ex.Message}\n{ex.StackTrace}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return new FuzzResult(fuzzCase, outcome, violations);
    }

    private async Task<FuzzOutcome> RunAsync(FuzzCase fuzzCase, string folder, string output, List<string> violations, CancellationToken cancellationToken)
    {
        var (loaded, sourceName) = await LoadAsync(fuzzCase, folder, cancellationToken);
        foreach (var diagnostic in loaded.Diagnostics.Where(d => !IsLocated(d, sourceName)))
        {
            violations.Add($"diagnostic without its place: {diagnostic}");
        }

        foreach (var diagnostic in loaded.Diagnostics.Where(d => !IsOneShortLine(d.Message)))
        {
            violations.Add($"diagnostic not one short line: {diagnostic.Code} {diagnostic.Path}: {diagnostic.Message[..Math.Min(200, diagnostic.Message.Length)]}");
        }

        if (loaded.Document is not { } document)
        {
            if (!loaded.HasErrors)
            {
                violations.Add("no document, yet no error");
            }

            return FuzzOutcome.NotRead;
        }

        var validationErrors = _renderer.Validate(document).Where(d => d.IsError).ToList();
        if (!loaded.HasErrors && validationErrors.Count > 0)
        {
            violations.Add("loaded without errors, yet Validate finds some: " + validationErrors[0]);
        }

        var settings = fuzzCase.Templates is { } templates ? new RenderSettings { TemplateDirectory = WriteTemplates(folder, templates) } : null;
        var rendered = new Dictionary<OutputFormat, byte[]>();
        var refused = false;
        foreach (var format in new[] { OutputFormat.Docx, OutputFormat.Pdf })
        {
            using var stream = new MemoryStream();
            try
            {
                await _renderer.RenderAsync(document, format, stream, settings, cancellationToken);
                rendered[format] = stream.ToArray();
            }
            catch (ReportingException ex)
            {
                refused = true;
                Judge(ex, format, validationErrors.Count > 0, settings is not null, violations);
                if (stream.Length > 0)
                {
                    violations.Add($"{format}: {stream.Length} bytes written to the stream before failing");
                }
            }
        }

        if (validationErrors.Count > 0 && !refused)
        {
            violations.Add("rendered although Validate reports " + validationErrors[0]);
        }

        CheckRendered(rendered, violations);
        await RenderToFilesAsync(document, settings, output, rendered, refused, violations, cancellationToken);
        return validationErrors.Count > 0 ? FuzzOutcome.Invalid : refused ? FuzzOutcome.TemplateRefused : FuzzOutcome.Rendered;
    }

    /// <summary>Loads the three ways a host can: bytes, a stream, a file.</summary>
    private async Task<(LoadResult Result, string SourceName)> LoadAsync(FuzzCase fuzzCase, string folder, CancellationToken cancellationToken)
    {
        const string name = "fuzz.json";
        switch (fuzzCase.Number % 3)
        {
            case 0:
                return (PlanDocumentJson.Load(fuzzCase.Json, name), name);
            case 1:
                using (var stream = new MemoryStream(fuzzCase.Json, writable: false))
                {
                    return (await _renderer.LoadAsync(stream, name, cancellationToken), name);
                }

            default:
                var path = Path.Combine(folder, name);
                await File.WriteAllBytesAsync(path, fuzzCase.Json, cancellationToken);
                return (await _renderer.LoadAsync(path, cancellationToken), path);
        }
    }

    private async Task RenderToFilesAsync(PlanDocument document, RenderSettings? settings, string output, Dictionary<OutputFormat, byte[]> rendered, bool refused, List<string> violations, CancellationToken cancellationToken)
    {
        try
        {
            var paths = await _renderer.RenderToFilesAsync(document, [OutputFormat.Docx, OutputFormat.Pdf], output, BaseName, settings, cancellationToken);
            if (refused)
            {
                violations.Add("RenderToFilesAsync succeeded where RenderAsync failed");
                return;
            }

            var written = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            if (!written.SequenceEqual([BaseName + ".docx", BaseName + ".pdf"]) || paths.Count != 2)
            {
                violations.Add("files written: " + string.Join(", ", written));
            }
            else if (!File.ReadAllBytes(paths[0]).SequenceEqual(rendered[OutputFormat.Docx]) || !File.ReadAllBytes(paths[1]).SequenceEqual(rendered[OutputFormat.Pdf]))
            {
                violations.Add("the files differ from the same render to a stream");
            }
        }
        catch (ReportingException ex)
        {
            if (!refused)
            {
                violations.Add($"RenderToFilesAsync failed where RenderAsync succeeded: {ex.GetType().Name}: {ex.Message}");
            }

            ExpectNoFiles(output, "after a failed RenderToFilesAsync", violations);
        }
    }

    /// <summary>A failed render is acceptable only as the library documents it, and only with its place.</summary>
    private static void Judge(ReportingException ex, OutputFormat format, bool invalid, bool ownTemplates, List<string> violations)
    {
        if (invalid != ex is InvalidInputException)
        {
            violations.Add(invalid
                ? $"{format}: invalid input failed with {ex.GetType().Name} instead of InvalidInputException: {ex.Message}"
                : $"{format}: valid input failed with InvalidInputException: {ex.Message}");
        }
        else if (!invalid && !ownTemplates)
        {
            violations.Add($"{format}: a valid document failed with the built-in templates: {ex.GetType().Name}: {ex.Message}");
        }

        var unlocated = ex switch
        {
            InvalidInputException e => e.Diagnostics.Where(d => d.IsError && !d.Path.StartsWith('$')).Select(d => d.ToString()).FirstOrDefault(),
            TemplateException or MarkupException => ex.SourceName is null || !ex.Message.StartsWith(ex.SourceName, StringComparison.Ordinal) || ex.Line <= 0 ? ex.Message : null,
            LayoutException e => string.IsNullOrWhiteSpace(e.Location) ? ex.Message : null,
            _ => "undocumented exception type " + ex.GetType().FullName,
        };
        if (unlocated is not null)
        {
            violations.Add($"{format}: {ex.GetType().Name} without its place: {unlocated}");
        }
    }

    private static void CheckRendered(Dictionary<OutputFormat, byte[]> rendered, List<string> violations)
    {
        if (rendered.TryGetValue(OutputFormat.Docx, out var docx) && !(docx.Length > 4 && docx[0] == 'P' && docx[1] == 'K'))
        {
            violations.Add("the DOCX is not a ZIP package");
        }

        if (rendered.TryGetValue(OutputFormat.Pdf, out var pdf) && !(pdf.Length > 8 && pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8) && pdf.AsSpan(pdf.Length - 6).IndexOf("%%EOF"u8) >= 0))
        {
            violations.Add("the PDF lacks its header or its end marker");
        }
    }

    /// <summary>A load diagnostic names the file and either the line and column or the JSON path.</summary>
    private static bool IsLocated(Diagnostic diagnostic, string sourceName) =>
        !string.IsNullOrWhiteSpace(diagnostic.Message)
        && diagnostic.Source == sourceName
        && diagnostic.ToString().StartsWith(sourceName, StringComparison.Ordinal)
        && (diagnostic.Position is not null || diagnostic.Path.StartsWith('$'));

    /// <summary>Messages quote at most a short piece of any value, and never break the line.</summary>
    private static bool IsOneShortLine(string message) =>
        message.Length <= MaxMessageLength && !message.Any(c => c is '\n' or '\r' or '\u2028' or '\u2029');

    private static void ExpectNoFiles(string folder, string when, List<string> violations)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).FirstOrDefault() is { } left)
        {
            violations.Add($"{Path.GetFileName(left)} left in the output folder {when}");
        }
    }

    private static string WriteTemplates(string folder, IReadOnlyDictionary<string, byte[]> templates)
    {
        var directory = Path.Combine(folder, "templates");
        Directory.CreateDirectory(directory);
        foreach (var (name, bytes) in templates)
        {
            File.WriteAllBytes(Path.Combine(directory, name), bytes);
        }

        return directory;
    }
}
