using System.Globalization;
using System.Text;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting;

/// <summary>
/// One finding about an input: a stable code (see <see cref="DiagnosticCodes"/>), a severity,
/// the JSON path of the offending value, a message, and where known the file and position.
/// </summary>
/// <param name="Code">Stable identifier such as <c>ZR0004</c>; safe to match on.</param>
/// <param name="Severity">Whether it blocks rendering.</param>
/// <param name="Path">JSON path of the value, e.g. <c>$.sections[1].items[3].number</c>.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it, in the message language (<see cref="ReportingOptions.Language"/>).</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Path, string Message)
{
    /// <summary>Name of the file the value came from, when it was read from a file.</summary>
    public string? Source { get; init; }

    /// <summary>Where the value starts in <see cref="Source"/>, when it was read from JSON text.</summary>
    public SourcePosition? Position { get; init; }

    /// <summary>Whether the message was written in Russian: its severity is then printed in Russian too, wherever it is printed.</summary>
    private bool InRussian { get; } = CurrentLanguage.IsRussian;

    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// Formats the way compilers do, so editors and CI logs can jump to the place:
    /// <c>file.json(12,5): error ZR0004: $.sections[0].titel: unknown property …</c>.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Source is not null)
        {
            text.Append(Source);
        }

        if (Position is { } position)
        {
            text.Append(CultureInfo.InvariantCulture, $"({position})");
        }

        if (text.Length > 0)
        {
            text.Append(": ");
        }

        text.Append((Severity, InRussian) switch
            {
                (DiagnosticSeverity.Error, true) => "ошибка ",
                (DiagnosticSeverity.Error, false) => "error ",
                (_, true) => "предупреждение ",
                _ => "warning ",
            })
            .Append(Code).Append(": ").Append(Path).Append(": ").Append(Message);
        return text.ToString();
    }
}
