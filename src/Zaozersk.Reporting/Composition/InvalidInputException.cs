using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting;

/// <summary>The input has validation errors, so nothing was rendered. <see cref="Diagnostics"/> says what and where.</summary>
public sealed class InvalidInputException : ReportingException
{
    /// <summary>Creates the exception from the validator's findings.</summary>
    /// <param name="diagnostics">All findings; at least one is an error.</param>
    public InvalidInputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(Localized.Text("the input has errors:\n", "во входных данных есть ошибки:\n") + string.Join("\n", diagnostics.Where(d => d.IsError)), diagnostics.FirstOrDefault(d => d.IsError)?.Source, diagnostics.FirstOrDefault(d => d.IsError)?.Position?.Line ?? 0, diagnostics.FirstOrDefault(d => d.IsError)?.Position?.Column ?? 0)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>The validator's findings, errors and warnings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
