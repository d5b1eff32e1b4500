namespace Zaozersk.Reporting.Layout;

/// <summary>How an element, from where it stands, would use the space offered.</summary>
internal enum SpaceKind
{
    /// <summary>Nothing left to draw.</summary>
    Empty,

    /// <summary>Nothing of it fits here: move it to the next page.</summary>
    Wrap,

    /// <summary>Part of it fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>All of the rest fits.</summary>
    Full,
}
