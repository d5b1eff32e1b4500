namespace Zaozersk.Reporting;

/// <summary>The language of the library's messages: diagnostics, exceptions and import warnings.</summary>
public enum MessageLanguage
{
    /// <summary>Russian when the calling thread's UI culture is <c>ru</c> or <c>ru-*</c>, English otherwise.</summary>
    FromUICulture = 0,

    /// <summary>English.</summary>
    English = 1,

    /// <summary>Russian.</summary>
    Russian = 2,
}
