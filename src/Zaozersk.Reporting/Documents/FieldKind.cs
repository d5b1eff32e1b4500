namespace Zaozersk.Reporting.Documents;

/// <summary>What a field shows; its value is known only when pages are laid out.</summary>
internal enum FieldKind
{
    PageNumber,
    PageCount,
}
