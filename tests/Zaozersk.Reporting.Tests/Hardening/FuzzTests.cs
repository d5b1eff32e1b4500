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

    private readonly string _folder = Directory.CreateTempSubdirectory("zr-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

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
}
