namespace Zaozersk.Reporting.Templating;

/// <summary>A place in a template file: its file name and 1-based line and column.</summary>
internal readonly record struct TemplatePlace(string FileName, int Line, int Column);
