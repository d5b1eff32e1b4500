namespace Zaozersk.Reporting.Tests.Hardening.Fuzz;

/// <summary>One generated input: JSON bytes, optionally a template folder, and whether the run is cancelled part-way.</summary>
/// <param name="Number">The case's number within its run, for reproducing it.</param>
/// <param name="Description">What was generated or damaged, for the failure report.</param>
/// <param name="Json">The input file's bytes.</param>
/// <param name="Templates">Template files (name → bytes) that override the built-ins, or null for the built-ins.</param>
/// <param name="CancelAfter">Cancel the run after this long, or null to let it finish.</param>
internal sealed record FuzzCase(int Number, string Description, byte[] Json, IReadOnlyDictionary<string, byte[]>? Templates = null, TimeSpan? CancelAfter = null)
{
    public override string ToString() => $"case {Number}: {Description}";
}
