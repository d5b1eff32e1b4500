namespace Zaozersk.Reporting.Documents;

/// <summary>A table column's width: absolute, or a share («3*») of what absolute columns leave.</summary>
internal readonly record struct ColumnWidth(Length? Absolute, double Share)
{
    public static ColumnWidth Fixed(Length width) => new(width, 0);

    public static ColumnWidth Relative(double share) => new(null, share);
}
