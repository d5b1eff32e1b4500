using Zaozersk.Reporting.Localization;
using static System.FormattableString;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Names a place in a Word document the way a reader finds it: «paragraph 4», «table 2, row 7, column 3»
/// («абзац 4», «таблица 2, строка 7, столбец 3» in Russian). An import diagnostic's path is such a place.
/// </summary>
internal static class DocumentPlace
{
    /// <summary>The document as a whole.</summary>
    public static string Document => Localized.Text("document", "документ");

    /// <summary>The title («ПЛАН …», «ОТЧЕТ …»).</summary>
    public static string Title => Localized.Text("title", "заголовок");

    /// <summary>Page headers.</summary>
    public static string PageHeader => Localized.Text("page header", "верхний колонтитул");

    /// <summary>Page footers.</summary>
    public static string PageFooter => Localized.Text("page footer", "нижний колонтитул");

    /// <summary>Footnotes.</summary>
    public static string Footnotes => Localized.Text("footnotes", "сноски");

    /// <summary>Reviewers' comments (Word's Review › Comments).</summary>
    public static string Comments => Localized.Text("comments", "примечания");

    /// <summary>Endnotes.</summary>
    public static string Endnotes => Localized.Text("endnotes", "концевые сноски");

    /// <summary>A top-level paragraph.</summary>
    public static string Paragraph(int number) => Localized.Text(Invariant($"paragraph {number}"), Invariant($"абзац {number}"));

    /// <summary>A text box or shape anchored in a top-level paragraph, or (number 0) in a table.</summary>
    public static string TextBox(int paragraph) => paragraph > 0
        ? Localized.Text(Invariant($"text box in paragraph {paragraph}"), Invariant($"надпись в абзаце {paragraph}"))
        : Localized.Text("text box in a table", "надпись в таблице");

    /// <summary>A top-level table.</summary>
    public static string Table(int number) => Localized.Text(Invariant($"table {number}"), Invariant($"таблица {number}"));

    /// <summary>A table row.</summary>
    public static string Row(WordTable table, WordRow row) =>
        Localized.Text(Invariant($"table {table.Number}, row {row.Number}"), Invariant($"таблица {table.Number}, строка {row.Number}"));

    /// <summary>A table cell; the column is the 1-based grid column where the cell starts.</summary>
    public static string Cell(WordTable table, WordRow row, WordCell cell) => Localized.Text(
        Invariant($"table {table.Number}, row {row.Number}, column {cell.Column + 1}"),
        Invariant($"таблица {table.Number}, строка {row.Number}, столбец {cell.Column + 1}"));

    /// <summary>A text to be read in full (a footnote), on one line, in «»; only one of more than 1,000 characters is cut.</summary>
    public static string Whole(string text)
    {
        var line = string.Join(' ', text.Split([' ', '\n', '\t', '\u00A0', '\u2060'], StringSplitOptions.RemoveEmptyEntries));
        return "«" + QuotedText.Shorten(line, 1000) + "»";
    }

    /// <summary>
    /// The first words of a text, on one line, in «» for a message: «Приложение № 1 к постановлению …».
    /// What no line can show (control characters and the like) is written as \uXXXX by <see cref="QuotedText"/>.
    /// </summary>
    public static string Excerpt(string text)
    {
        const int Limit = 60;
        var line = string.Join(' ', text.Split([' ', '\n', '\t', '\u00A0', '\u2060'], StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= Limit)
        {
            return "«" + QuotedText.Shorten(line) + "»";
        }

        // Cut at a word where one is near, and never between the halves of a surrogate pair.
        var cut = line.LastIndexOf(' ', Limit);
        var end = cut > 20 ? cut : char.IsHighSurrogate(line[Limit - 1]) ? Limit - 1 : Limit;
        return "«" + QuotedText.Shorten(line[..end]) + " …»";
    }
}
