using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Reads the body of a Word document into paragraphs and tables, by content only: text, line
/// breaks, tabs, list numbering and the table grid. Styles, fonts and spacing are ignored, so
/// documents made by Word, LibreOffice or any other program read alike.
/// </summary>
internal sealed class WordBodyReader
{
    private readonly Dictionary<int, (int AbstractId, Dictionary<int, string> Bullets)> _numbering = [];
    private readonly Dictionary<int, Dictionary<int, string>> _abstractBullets = [];
    private readonly Dictionary<string, (int NumberingId, int Level)> _styleNumbering = new(StringComparer.Ordinal);
    private readonly StringBuilder _text = new();
    private int _paragraphs;
    private int _tables;

    private WordBodyReader(MainDocumentPart main)
    {
        ReadNumbering(main.NumberingDefinitionsPart?.Numbering);
        ReadStyleNumbering(main.StyleDefinitionsPart?.Styles);
    }

    /// <summary>The top-level blocks of the document's body, in order.</summary>
    public static IReadOnlyList<WordBlock> Read(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("the package has no main document part");
        var body = main.Document?.Body ?? throw new InvalidDataException("the document has no body");
        var reader = new WordBodyReader(main);
        var blocks = new List<WordBlock>();
        reader.ReadBlocks(body, blocks, topLevel: true);
        return blocks;
    }

    private void ReadBlocks(OpenXmlElement container, List<WordBlock> blocks, bool topLevel)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    blocks.Add(ReadParagraph(paragraph, topLevel ? ++_paragraphs : 0));
                    break;
                case Table table:
                    blocks.Add(ReadTable(table, topLevel ? ++_tables : 0));
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    // Content controls and custom XML wrap ordinary paragraphs and tables.
                    ReadBlocks(element, blocks, topLevel);
                    break;
            }
        }
    }

    private WordTable ReadTable(Table table, int number)
    {
        var gridColumns = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
        var rows = new List<WordRow>();
        var width = gridColumns;
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<WordCell>();
            var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);

                // Legacy horizontal merges: a "continue" cell widens the cell before it.
                if (properties?.HorizontalMerge is { } hmerge && hmerge.Val?.Value != MergedCellValues.Restart && cells.Count > 0)
                {
                    cells[^1] = cells[^1] with { Span = cells[^1].Span + span };
                    column += span;
                    continue;
                }

                var merged = properties?.VerticalMerge is { } vmerge && (vmerge.Val is null || vmerge.Val.Value == MergedCellValues.Continue);
                var content = new List<WordBlock>();
                ReadBlocks(cell, content, topLevel: false);
                cells.Add(new WordCell(column, span, merged, content));
                column += span;
            }

            width = Math.Max(width, column);
            rows.Add(new WordRow(rows.Count + 1, cells));
        }

        return new WordTable(number, width, rows);
    }

    private WordParagraph ReadParagraph(Paragraph paragraph, int number)
    {
        _text.Clear();
        AppendText(paragraph);
        return new WordParagraph(number, _text.ToString(), Bullet(paragraph));
    }

    /// <summary>The visible text in document order; deleted text, field codes and drawings are skipped.</summary>
    private void AppendText(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    _text.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    _text.Append('\t');
                    break;
                case Break br:
                    // A page or column break is layout, not text; a line break is a line of the text.
                    if (br.Type is null || br.Type.Value == BreakValues.TextWrapping)
                    {
                        _text.Append('\n');
                    }

                    break;
                case CarriageReturn:
                    _text.Append('\n');
                    break;
                case NoBreakHyphen:
                    _text.Append('\u2011');
                    break;
                case SoftHyphen:
                    _text.Append('\u00AD');
                    break;
                case SymbolChar symbol when symbol.Char?.Value is { } code && int.TryParse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value):
                    _text.Append((char)value);
                    break;
                case ParagraphProperties or RunProperties or DeletedRun or DeletedText or FieldCode or DeletedFieldCode
                    or Drawing or Picture or EmbeddedObject or AlternateContent or FootnoteReference or EndnoteReference:
                    break;
                default:
                    if (child.HasChildren)
                    {
                        AppendText(child);
                    }

                    break;
            }
        }
    }

    /// <summary>The bullet of a list paragraph: «•» stays, every other bullet or number becomes «-».</summary>
    private string? Bullet(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var direct = properties?.NumberingProperties;
        int? numberingId = direct?.NumberingId?.Val?.Value;
        var level = direct?.NumberingLevelReference?.Val?.Value ?? 0;
        if (numberingId is null && properties?.ParagraphStyleId?.Val?.Value is { } style && _styleNumbering.TryGetValue(style, out var fromStyle))
        {
            (numberingId, level) = fromStyle;
        }

        if (numberingId is not { } id || id == 0)
        {
            return null;
        }

        return _numbering.TryGetValue(id, out var instance) && instance.Bullets.TryGetValue(level, out var text) && text == "•" ? "•" : "-";
    }

    private void ReadNumbering(Numbering? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            var bullets = new Dictionary<int, string>();
            foreach (var level in abstractNum.Elements<Level>())
            {
                if (level.LevelIndex?.Value is { } index && level.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
                {
                    bullets[index] = level.LevelText?.Val?.Value ?? string.Empty;
                }
            }

            if (abstractNum.AbstractNumberId?.Value is { } abstractId)
            {
                _abstractBullets[abstractId] = bullets;
            }
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is { } id && instance.AbstractNumId?.Val?.Value is { } abstractId)
            {
                _numbering[id] = (abstractId, _abstractBullets.GetValueOrDefault(abstractId) ?? []);
            }
        }
    }

    private void ReadStyleNumbering(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is { } id && style.StyleParagraphProperties?.NumberingProperties is { } numbering && numbering.NumberingId?.Val?.Value is { } numberingId)
            {
                _styleNumbering[id] = (numberingId, numbering.NumberingLevelReference?.Val?.Value ?? 0);
            }
        }
    }
}
