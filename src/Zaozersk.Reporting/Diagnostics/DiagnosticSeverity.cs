namespace Zaozersk.Reporting;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing before printing; the document can still be rendered.</summary>
    Warning,

    /// <summary>The input cannot be used as it is; nothing is rendered.</summary>
    Error,
}
