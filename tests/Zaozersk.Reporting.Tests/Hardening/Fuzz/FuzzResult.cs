namespace Zaozersk.Reporting.Tests.Hardening.Fuzz;

/// <summary>What one fuzz case did: how it ended and every broken promise of the library, empty when none.</summary>
/// <param name="Case">The case run.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Violations">Undocumented exceptions, unlocated errors, written files after a failure, validation that did not predict the render.</param>
internal sealed record FuzzResult(FuzzCase Case, FuzzOutcome Outcome, IReadOnlyList<string> Violations);
