namespace Zaozersk.Reporting.Tests.Hardening.Fuzz;

/// <summary>How a fuzz case ended, when it ended as the library documents.</summary>
internal enum FuzzOutcome
{
    /// <summary>The JSON could not be read into a document: located load errors.</summary>
    NotRead,

    /// <summary>A document was read but has validation errors; rendering it was refused with <see cref="InvalidInputException"/>.</summary>
    Invalid,

    /// <summary>Both formats rendered, to streams and to files.</summary>
    Rendered,

    /// <summary>The template folder's templates failed with a located <see cref="ReportingException"/>; nothing was written.</summary>
    TemplateRefused,

    /// <summary>The run was cancelled part-way; nothing was written.</summary>
    Cancelled,
}
