using System.Diagnostics;
using Xunit.Abstractions;
using Zaozersk.Reporting.Tests.Hardening.Fuzz;

namespace Zaozersk.Reporting.Tests.Hardening;

/// <summary>
/// Issue #12: a few hundred generated damaged and hostile inputs and template folders, the same on
/// every run (fixed seed), through the public API. The library may refuse an input only as it
/// documents — located diagnostics and <see cref="ReportingException"/>s, nothing written — and
/// must render every input it validates without errors.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 12;
    private const int CaseCount = 300;
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    private readonly TempFolder _folder = new("zr-fuzz-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generated_inputs_and_templates_fail_only_as_documented_and_render_when_valid()
    {
        var harness = new FuzzHarness(_folder);
        var clock = Stopwatch.StartNew();
        var results = new List<FuzzResult>();
        foreach (var fuzzCase in FuzzCases.Generate(Seed, CaseCount))
        {
            // On a thread of its own, so a hang is reported as one instead of stalling the run.
            var run = Task.Run(() => harness.RunAsync(fuzzCase));
            results.Add(await run.WaitAsync(CaseTimeout));
        }

        var counts = results.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"{CaseCount} cases in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", counts)}");

        var failures = results.Where(r => r.Violations.Count > 0).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {CaseCount} cases broke a promise:\n"
            + string.Join("\n", failures.Take(15).Select(f => $"{f.Case}\n  {string.Join("\n  ", f.Violations)}")));

        // The generators must reach every ending, or the run proves less than it claims.
        Assert.All(Enum.GetValues<FuzzOutcome>(), outcome => Assert.Contains(results, r => r.Outcome == outcome));
    }

    /// <summary>
    /// Issue #29: 120 generated hostile Word files through <see cref="DocumentImporter"/>, which
    /// promises never to throw on bad input: each ends in a document or an error, every message
    /// names its place, is one short line, and holds no raw control or bidi character.
    /// </summary>
    [Fact]
    public async Task Generated_hostile_word_files_import_only_as_documented()
    {
        const int Count = 120;
        var importer = new DocumentImporter();
        var clock = Stopwatch.StartNew();
        var (imported, refused) = (0, 0);
        var failures = new List<string>();
        foreach (var (description, docx) in HostileWordFiles.Generate(Seed, Count))
        {
            try
            {
                var result = await Task.Run(() => importer.ImportAsync(new MemoryStream(docx), "hostile.docx")).WaitAsync(CaseTimeout);
                _ = result.Document is null ? refused++ : imported++;
                if (result.Document is null && !result.Diagnostics.Any(d => d.IsError))
                {
                    failures.Add($"{description}: no document, yet no error");
                }

                foreach (var diagnostic in result.Diagnostics)
                {
                    var line = diagnostic.ToString();
                    if (diagnostic.Source != "hostile.docx" || string.IsNullOrWhiteSpace(diagnostic.Path) || line.Length > 500 || line.Any(HostileWordFileTests.IsUnsafe))
                    {
                        failures.Add($"{description}: {string.Concat(line.Select(c => HostileWordFileTests.IsUnsafe(c) ? $"<U+{(int)c:X4}>" : c.ToString()))}");
                    }
                }
            }
            catch (Exception ex) when (ex is not TimeoutException)
            {
                failures.Add($"{description}: {ex.GetType().FullName}: {ex.Message}");
            }
        }

        output.WriteLine($"{Count} hostile Word files in {clock.Elapsed.TotalSeconds:0.0} s: {imported} imported, {refused} refused");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(15)));
        Assert.True(imported > 0 && refused > 0, $"{imported} imported, {refused} refused: the generator must reach both endings");
    }
}
