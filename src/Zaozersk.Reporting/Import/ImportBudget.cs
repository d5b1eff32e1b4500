using System.Xml;
using Zaozersk.Reporting.IO;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// What one import may cost, for all the parts of the package together (body, headers, footers,
/// notes, styles, numbering): the depth the reader recurses to, the paragraphs, tables, rows and
/// cells it keeps, and the characters of text it keeps. Each is counted as the parts stream and
/// checked at once, so a file built to exhaust the machine is refused early, and memory stays
/// proportional to what is imported. The unpacked size of the package is checked before any part
/// is read (PackageScan).
/// </summary>
internal sealed class ImportBudget(long maxInputBytes)
{
    private readonly long _maxInputBytes = maxInputBytes;

    /// <summary>
    /// How deeply XML elements may nest in a part. Word nests a few dozen levels at most (a text box
    /// in a table in a table); the reader recurses with the nesting, so it is bounded well inside a thread's stack.
    /// </summary>
    public const int MaxDepth = 100;

    /// <summary>Paragraphs, tables, rows and cells kept, counted at every level: a thousand times a large plan.</summary>
    public const int MaxBlocks = 250_000;

    private int _blocks;
    private long _characters;

    /// <summary>
    /// Characters of text kept (the text, not the markup around it): half the input size limit, so that
    /// the JSON written from it (two bytes a Cyrillic character) can be read again within the same limit,
    /// and the few copies of a text an import makes stay far below a gigabyte at the default limit.
    /// </summary>
    public long MaxCharacters { get; } = Math.Max(1, maxInputBytes / 2);

    /// <summary>Checks the depth of the element the reader is on before the import recurses into it.</summary>
    public static void Enter(XmlReader reader, string place)
    {
        if (reader.Depth > MaxDepth)
        {
            throw new ImportLimitException(place, Localized.Text(
                $"elements are nested more than {MessageNumber.Count(MaxDepth)} levels deep, which no Word document needs; the file is refused for safety (it may have been made to crash programs that open it)",
                $"элементы вложены глубже {MessageNumber.Count(MaxDepth)} уровней, чего в документах Word не бывает; файл не читается из соображений безопасности (возможно, он сделан, чтобы вывести из строя открывающие его программы)"));
        }
    }

    /// <summary>Counts one paragraph, table, row or cell kept.</summary>
    public void Block(string place)
    {
        if (++_blocks > MaxBlocks)
        {
            throw new ImportLimitException(place, Localized.Text(
                $"the document has more than {MessageNumber.Count(MaxBlocks)} paragraphs, tables, rows and cells, the import limit; no plan or report is that long (the file may be made to exhaust memory)",
                $"в документе больше {MessageNumber.Count(MaxBlocks)} абзацев, таблиц, строк и ячеек — это предел импорта; таких длинных планов и отчетов не бывает (возможно, файл сделан, чтобы исчерпать память)"));
        }
    }

    /// <summary>Counts <paramref name="count"/> characters of text kept.</summary>
    public void Text(int count, string place)
    {
        _characters += count;
        if (_characters > MaxCharacters)
        {
            throw new ImportLimitException(place, Localized.Text(
                $"the document's text is longer than {MessageNumber.Count(MaxCharacters)} characters, the import limit (half the maximum input size of {BoundedInput.Describe(_maxInputBytes)}, so that the JSON made of it can be read again); raise the input size limit if the file is really this large",
                $"текст документа длиннее {MessageNumber.Count(MaxCharacters)} знаков — это предел импорта (половина предельного размера входного файла, {BoundedInput.Describe(_maxInputBytes)}, чтобы полученный JSON можно было прочитать снова); если файл действительно так велик, увеличьте допустимый размер входного файла"), text: true);
        }
    }
}
