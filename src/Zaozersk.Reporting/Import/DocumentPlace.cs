using System.Globalization;

namespace Zaozersk.Reporting.Import;

/// <summary>Names a place in a Word document the way a reader finds it: «paragraph 4», «table 2, row 7, column 3».</summary>
internal static class DocumentPlace
{
    /// <summary>A top-level paragraph.</summary>
    public static string Paragraph(int number) => string.Create(CultureInfo.InvariantCulture, $"paragraph {number}");

    /// <summary>A table row.</summary>
    public static string Row(WordTable table, WordRow row) => string.Create(CultureInfo.InvariantCulture, $"table {table.Number}, row {row.Number}");

    /// <summary>A table cell; the column is the 1-based grid column where the cell starts.</summary>
    public static string Cell(WordTable table, WordRow row, WordCell cell) =>
        string.Create(CultureInfo.InvariantCulture, $"table {table.Number}, row {row.Number}, column {cell.Column + 1}");

    /// <summary>The first words of a text, on one line, for a message: «Приложение № 1 к постановлению …».</summary>
    public static string Excerpt(string text)
    {
        const int Limit = 60;
        var line = string.Join(' ', text.Split([' ', '\n', '\t', '\u00A0', '\u2060'], StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= Limit)
        {
            return "«" + line + "»";
        }

        var cut = line.LastIndexOf(' ', Limit);
        return "«" + line[..(cut > 20 ? cut : Limit)] + " …»";
    }
}
