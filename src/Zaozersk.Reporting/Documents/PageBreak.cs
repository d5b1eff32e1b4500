namespace Zaozersk.Reporting.Documents;

/// <summary>Starts a new page.</summary>
internal sealed record PageBreak : Block;
