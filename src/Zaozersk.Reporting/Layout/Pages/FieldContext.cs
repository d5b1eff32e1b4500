using System.Globalization;
using Zaozersk.Reporting.Documents;

namespace Zaozersk.Reporting.Layout;

/// <summary>What page-number and page-count fields show while a page is being laid out.</summary>
internal sealed class FieldContext
{
    public int PageNumber { get; set; } = 1;

    /// <summary>Unknown in the first pass; a two-digit stand-in keeps the text's width plausible.</summary>
    public int? PageCount { get; set; }

    public string Value(FieldKind kind) => kind == FieldKind.PageNumber
        ? PageNumber.ToString(CultureInfo.InvariantCulture)
        : (PageCount ?? 99).ToString(CultureInfo.InvariantCulture);
}
