namespace Zaozersk.Reporting.Tests.Interop;

/// <summary>
/// Checks that extracted text holds every seed cell, in order. Extraction tools break lines
/// where the layout does and may insert hyphen-less wraps, so both sides are compared as words:
/// whitespace runs collapse, list bullets are text on both sides.
/// </summary>
internal static class SeedTextOrder
{
    /// <summary>The seed's rows in table order, each as its cells (responsible units one by one).</summary>
    public static IEnumerable<(string Row, IReadOnlyList<string> Cells)> Rows(PlanDocument document)
    {
        foreach (var section in document.Sections)
        {
            yield return ($"section {section.Number}", section.Note is not null && document.Kind == DocumentKind.Report
                ? [$"{section.Number}. {section.Title}", section.Note]
                : [$"{section.Number}. {section.Title}"]);

            foreach (var item in section.Items)
            {
                var cells = new List<string> { item.Number, item.Measure };
                cells.AddRange(item.Responsible);
                cells.Add(item.Deadline);
                if (document.Kind == DocumentKind.Report)
                {
                    cells.Add(item.Execution ?? string.Empty);
                }

                yield return (item.Number, cells);
            }
        }
    }

    /// <summary>
    /// Words of a text: whitespace (and NBSP) separates them; a word broken after its hyphen at
    /// a line end («жилищно-» / «коммунального») is joined again.
    /// </summary>
    public static string[] Words(string text)
    {
        // A word joiner (U+2060) ties a year range or a number together; it is invisible and no part of a word.
        var words = text.Replace("\u2060", string.Empty, StringComparison.Ordinal).Split([' ', '\n', '\r', '\t', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = words.Count - 2; i >= 0; i--)
        {
            var word = words[i];
            if (word.Length > 1 && word[^1] == '-' && char.IsLetterOrDigit(word[^2]) && char.IsLetterOrDigit(words[i + 1][0]))
            {
                words[i] = word + words[i + 1];
                words.RemoveAt(i + 1);
            }
        }

        return [.. words];
    }

    /// <summary>
    /// Fails with the first row, or cell, not found in order. Rows must come one after another;
    /// the cells of a row are looked for from the row's start, because a row split across pages
    /// interleaves its cells' continuations (with the page number and the repeated header between).
    /// A cell's words may be interrupted, but only by <see cref="MaxGap"/> words at a time.
    /// </summary>
    public static void AssertAllInOrder(PlanDocument document, string extracted)
    {
        var haystack = Words(WithoutPageFurniture(extracted));
        var position = 0;
        foreach (var (row, cells) in Rows(document))
        {
            var rowStart = Find(haystack, Words(cells[0]), position);
            Assert.True(rowStart >= 0, $"row {row} not found after word {position}: «{Excerpt(cells[0])}»\n  near: «{Excerpt(string.Join(' ', haystack.Skip(position).Take(60)))}»");
            foreach (var cell in cells.Skip(1))
            {
                var words = Words(cell);
                if (words.Length > 0 && Find(haystack, words, rowStart) < 0)
                {
                    Assert.Fail($"row {row}: cell not found: «{Excerpt(cell)}»\n  the match breaks at word «{words[LongestPrefix(haystack, words, rowStart)]}»");
                }
            }

            position = rowStart + 1;
        }
    }

    private const int MaxGap = 400;

    /// <summary>
    /// Drops what each continuation page starts with — the page number and the repeated
    /// column-number row — so a word broken across the page boundary reads as one again.
    /// </summary>
    public static string WithoutPageFurniture(string text)
    {
        var pages = text.Split('\f');
        for (var p = 0; p < pages.Length; p++)
        {
            var number = (p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var lines = pages[p].Split('\n').ToList();
            while (lines.Count > 0 && lines[^1].Trim().Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            // The page number is drawn first by some writers and last by others.
            if (lines.Count > 0 && lines[0].Trim() == number)
            {
                lines.RemoveAt(0);
            }
            else if (lines.Count > 0 && lines[^1].Trim() == number)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            if (p > 0 && lines.Count > 0 && lines[0].Trim() is "1 2 3 4 5" or "1 2 3 4")
            {
                lines.RemoveAt(0);
            }

            pages[p] = string.Join('\n', lines);
        }

        return string.Join('\n', pages);
    }

    private static int LongestPrefix(string[] haystack, string[] needle, int from)
    {
        for (var length = needle.Length - 1; length > 0; length--)
        {
            if (Find(haystack, needle[..length], from) >= 0)
            {
                return length;
            }
        }

        return 0;
    }

    private static int Find(string[] haystack, string[] needle, int from)
    {
        for (var start = from; start < haystack.Length; start++)
        {
            var consumed = MatchAt(haystack, start, needle[0]);
            if (consumed == 0)
            {
                continue;
            }

            var at = start + consumed - 1;
            var matched = 1;
            while (matched < needle.Length && (at = Next(haystack, needle[matched], at + 1)) >= 0)
            {
                matched++;
            }

            if (matched == needle.Length)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>Index of the last haystack word of the next match of <paramref name="word"/> within the gap, or -1.</summary>
    private static int Next(string[] haystack, string word, int from)
    {
        for (var i = from; i < Math.Min(haystack.Length, from + MaxGap); i++)
        {
            var consumed = MatchAt(haystack, i, word);
            if (consumed > 0)
            {
                return i + consumed - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// How many haystack words make up <paramref name="word"/> at <paramref name="index"/>: one, or
    /// several when a word too wide for its cell was broken across lines without a hyphen (long
    /// addresses are); 0 when it does not match.
    /// </summary>
    private static int MatchAt(string[] haystack, int index, string word)
    {
        if (haystack[index] == word)
        {
            return 1;
        }

        var joined = haystack[index];
        for (var n = 1; index + n < haystack.Length && joined.Length < word.Length && word.StartsWith(joined, StringComparison.Ordinal); n++)
        {
            joined += haystack[index + n];
            if (joined == word)
            {
                return n + 1;
            }
        }

        return 0;
    }

    private static string Excerpt(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
