namespace Zaozersk.Reporting.Documents;

/// <summary>Portrait or landscape; the page size is always given portrait and turned for landscape.</summary>
internal enum PageOrientation
{
    Portrait,
    Landscape,
}
