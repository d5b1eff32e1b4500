namespace Zaozersk.Reporting.Model.Validation;

/// <summary>Collects diagnostics in the order the checks find them.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(string code, string path, string message) =>
        _items.Add(new Diagnostic(code, DiagnosticSeverity.Error, path, message));

    public void Warning(string code, string path, string message) =>
        _items.Add(new Diagnostic(code, DiagnosticSeverity.Warning, path, message));
}
