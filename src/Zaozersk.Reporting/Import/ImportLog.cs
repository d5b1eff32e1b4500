using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Import;

/// <summary>Collects the import's own diagnostics, each naming its place in the document.</summary>
internal sealed class ImportLog(string? source)
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>What was collected, in document order.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>The name of the file, for every diagnostic.</summary>
    public string? Source { get; } = source;

    /// <summary>Text that maps to no field; <paramref name="why"/> says what it is, in the message language.</summary>
    public void NotImported(string place, string text, string why) =>
        Warning(DiagnosticCodes.TextNotImported, place, Localized.Text($"{why}; not imported: ", $"{why}; не перенесено: ") + DocumentPlace.Excerpt(text));

    /// <summary>A warning.</summary>
    public void Warning(string code, string place, string message) =>
        _items.Add(new Diagnostic(code, DiagnosticSeverity.Warning, place, message) { Source = Source });

    /// <summary>An error.</summary>
    public void Error(string code, string place, string message) =>
        _items.Add(new Diagnostic(code, DiagnosticSeverity.Error, place, message) { Source = Source });
}
