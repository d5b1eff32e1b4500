using System.Globalization;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// The values of the markup's attributes that the schema admits as text (lengths, numbers, dates,
/// spans, paddings, column widths), parsed, or a located error where the schema's type is wider
/// than what the document model can hold.
/// </summary>
internal sealed class MarkupAttributes(MarkupErrors errors)
{
    private readonly MarkupErrors _errors = errors;

    /// <summary>A colspan or rowspan (the schema admits only positive integers, of any size).</summary>
    public int SpanOf(MarkupElement cell, string attribute) => cell.Attribute(attribute) switch
    {
        null => 1,
        var text when int.TryParse(text, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var span) => span,
        var text => throw _errors.At(cell, Localized.Text($"{attribute}=\"{text.Trim()}\" is more cells than a table can have", $"'{attribute}'=\"{text.Trim()}\" — больше ячеек, чем может быть в таблице")),
    };

    public ColumnWidth ColumnWidthOf(MarkupElement column)
    {
        var text = column.Attribute("width")!;
        if (text.EndsWith('*'))
        {
            return ColumnWidth.Relative(ParseNumber(column, "width", text[..^1]));
        }

        return ColumnWidth.Fixed(ParseLength(column, "width", text));
    }

    public CellPadding ParsePadding(MarkupElement element, string text)
    {
        var parts = text.Split(' ').Select(p => ParseLength(element, "padding", p)).ToArray();
        return parts.Length switch
        {
            1 => new CellPadding(parts[0], parts[0], parts[0], parts[0]),
            2 => new CellPadding(parts[0], parts[1], parts[0], parts[1]),
            3 => new CellPadding(parts[0], parts[1], parts[2], parts[1]),
            _ => new CellPadding(parts[0], parts[1], parts[2], parts[3]),
        };
    }

    /// <summary>The schema's xs:date also admits a time zone («2022-01-01Z»); a document date is a plain day.</summary>
    public DateOnly ParseDate(MarkupElement element, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw _errors.At(element, Localized.Text($"created=\"{text}\" is not a date such as 2022-04-27 (no time zone)", $"'created'=\"{text}\" — не дата вида 2022-04-27 (без часового пояса)"));

    public double ParseNumber(MarkupElement element, string attribute, string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw _errors.At(element, Localized.Text($"{attribute}=\"{text}\" is not a number such as 1.5", $"'{attribute}'=\"{text}\" — не число вида 1.5"));

    public Length? LengthOf(MarkupElement element, string attribute) =>
        element.Attribute(attribute) is { } value ? ParseLength(element, attribute, value) : null;

    public Length ParseLength(MarkupElement element, string attribute, string text) =>
        Length.TryParse(text, out var length) ? length : throw _errors.At(element, Localized.Text($"{attribute}=\"{text}\" is not a length such as 20mm or 12pt", $"'{attribute}'=\"{text}\" — не длина вида 20mm или 12pt"));
}
