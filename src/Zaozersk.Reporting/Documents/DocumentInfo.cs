namespace Zaozersk.Reporting.Documents;

/// <summary>The document's metadata, written to DOCX core properties and the PDF info dictionary.</summary>
internal sealed record DocumentInfo
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    /// <summary>BCP 47 language of the text, «ru-RU» for the official documents.</summary>
    public string Language { get; init; } = "ru-RU";

    /// <summary>Creation date from the input; never the clock, so output stays byte-stable.</summary>
    public DateOnly? Created { get; init; }
}
