namespace Zaozersk.Reporting.Import;

/// <summary>
/// A Word document passes one of the import's limits (<see cref="ImportBudget"/>), or has a part in an
/// encoding the import does not read; the import stops there and reports it as an error at
/// <see cref="Place"/>. Never leaves the library.
/// </summary>
internal sealed class ImportLimitException(string place, string message, bool text = false) : Exception(message)
{
    /// <summary>The limit on the text kept was passed: when a part also holds more characters than a part may, that is the better message.</summary>
    public bool Text { get; } = text;

    /// <summary>Where in the document the limit was passed («paragraph 4», «page header»).</summary>
    public string Place { get; } = place;
}
