using System.Text.RegularExpressions;

namespace Zaozersk.Reporting.Tests.Seed;

/// <summary>One row of the seed table: a section row (title, optional note) or a measure row (five cells).</summary>
public sealed record FlattenedRow(bool IsSection, IReadOnlyList<string> Cells);

/// <summary>
/// Reads the seed: a Word table flattened to text, where every cell starts with a TAB at the start
/// of a line and runs until the next such line. Rows are recognised by their first cell: a measure
/// number («2.10») opens a five-cell measure row, «N. Title» a section row.
/// </summary>
public static partial class FlattenedTable
{
    public static IReadOnlyList<FlattenedRow> Parse(string text)
    {
        var cells = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            // The first line of the file carries a stray space before its TAB.
            var tab = line.StartsWith('\t') ? 0 : line.StartsWith(" \t", StringComparison.Ordinal) ? 1 : -1;
            if (tab >= 0)
            {
                cells.Add(line[(tab + 1)..]);
            }
            else if (cells.Count > 0)
            {
                cells[^1] += "\n" + line;
            }
            else if (line.Length > 0)
            {
                throw new FormatException("text before the first cell: " + line);
            }
        }

        // A Word cell's trailing empty paragraphs and the blank line between rows are the same
        // characters in the flattened text; they are layout, not content.
        var trimmed = cells.Select(c => c.TrimEnd('\n')).ToList();
        return Group(trimmed);
    }

    /// <summary>The number of cells in the text, counted independently of row grouping.</summary>
    public static int CountCells(string text) => text.Split('\n').Count(l => l.StartsWith('\t') || l.StartsWith(" \t", StringComparison.Ordinal));

    private static List<FlattenedRow> Group(List<string> cells)
    {
        var rows = new List<FlattenedRow>();
        var i = 0;
        while (i < cells.Count)
        {
            if (MeasureNumber().IsMatch(cells[i]))
            {
                if (i + 5 > cells.Count)
                {
                    throw new FormatException($"measure row {cells[i]} has fewer than five cells");
                }

                rows.Add(new FlattenedRow(false, cells.GetRange(i, 5)));
                i += 5;
            }
            else if (SectionTitle().IsMatch(cells[i]))
            {
                var start = i++;
                while (i < cells.Count && !MeasureNumber().IsMatch(cells[i]) && !SectionTitle().IsMatch(cells[i]))
                {
                    i++;
                }

                rows.Add(new FlattenedRow(true, cells.GetRange(start, i - start)));
            }
            else
            {
                throw new FormatException("a cell that starts no row: " + cells[i]);
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^\d+(\.\d+)+$")]
    private static partial Regex MeasureNumber();

    [GeneratedRegex(@"^\d+\. \S")]
    private static partial Regex SectionTitle();
}
