using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Reads the body of a Word document into paragraphs and tables, by content only: text, line
/// breaks, tabs, list numbering and the table grid. Styles, fonts and spacing are ignored, so
/// documents made by Word, LibreOffice or any other program read alike. The body is streamed with
/// an <see cref="XmlReader"/>: building the SDK's typed tree would cost several times the import.
/// </summary>
internal sealed class WordBodyReader
{
    internal const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly ListNumbering _lists;
    private readonly ImportBudget _budget;
    private readonly StringBuilder _text = new();
    private readonly char[] _chunk = new char[4096];
    private readonly List<(int Paragraph, string Text)> _floating = [];
    private int _paragraphs;
    private int _paragraph;
    private int _tables;

    // The top-level paragraph or table being read, for an error at a limit.
    private string _place = DocumentPlace.Paragraph(1);

    // The paragraph being read: its numbering, direct or through its style.
    private int? _numberingId;
    private int _level;
    private string? _style;
    private int _images;
    private List<NoteReference>? _notes;
    private bool _revised;
    private readonly StringBuilder _hidden = new();
    private List<string>? _symbols;

    // Inside an empty content control, whose text is its prompt («Место для ввода текста.»), not a value.
    private int _placeholder;
    private readonly StringBuilder _prompt = new();

    private WordBodyReader(MainDocumentPart main, ImportBudget budget, XmlReaderSettings settings)
    {
        _budget = budget;
        using var numbering = main.NumberingDefinitionsPart is { } numberingPart ? Open(numberingPart, settings) : null;
        using var styles = main.StyleDefinitionsPart is { } stylesPart ? Open(stylesPart, settings) : null;
        _lists = new ListNumbering(numbering, styles);
    }

    /// <summary>A reader of the part; a part declared in an encoding the import does not read is refused, whatever the program has registered.</summary>
    public static XmlReader Open(OpenXmlPart part, XmlReaderSettings settings)
    {
        using (var head = part.GetStream(FileMode.Open, FileAccess.Read))
        {
            if (PackageProblem.ForeignEncoding(head, part.Uri.OriginalString) is { } refusal)
            {
                throw new ImportLimitException(DocumentPlace.Document, refusal);
            }
        }

        var owning = settings.Clone();
        owning.CloseInput = true;
        return XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), owning);
    }

    /// <summary>How every part is read: no DTD, nothing fetched, at most <paramref name="maxCharacters"/> characters.</summary>
    public static XmlReaderSettings Settings(long maxCharacters) =>
        new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = maxCharacters, IgnoreComments = true, IgnoreProcessingInstructions = true };

    /// <summary>
    /// The top-level blocks of the document's body, in order, and the text of text boxes and shapes
    /// (which belong to no paragraph's text) with the body paragraph they are anchored in (0 inside a table).
    /// </summary>
    /// <remarks>
    /// The reader recurses with the nesting of tables, content controls and inline wrappers, never
    /// deeper than <see cref="ImportBudget.MaxDepth"/>; it counts what it keeps against <paramref name="budget"/>.
    /// </remarks>
    public static (IReadOnlyList<WordBlock> Blocks, IReadOnlyList<(int Paragraph, string Text)> Floating) Read(WordprocessingDocument document, ImportBudget budget, long maxCharacters)
    {
        var main = document.MainDocumentPart ?? throw new InvalidDataException("the package has no main document part");
        var settings = Settings(maxCharacters);
        var reader = new WordBodyReader(main, budget, settings);
        var blocks = new List<WordBlock>();
        using var xml = Open(main, settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "body" && xml.NamespaceURI == W)
            {
                reader.ReadBlocks(xml, blocks, topLevel: true, cell: null);
                return (blocks, reader._floating);
            }
        }

        throw new InvalidDataException("the document has no body");
    }

    /// <summary>Consumes the current element, leaving the reader on its last node.</summary>
    private static void Skip(XmlReader r)
    {
        if (r.IsEmptyElement)
        {
            return;
        }

        var depth = r.Depth;
        while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
        }
    }

    /// <summary>Reads the children of a body, content control or cell; a cell's properties go to <paramref name="cell"/>.</summary>
    private void ReadBlocks(XmlReader r, List<WordBlock> blocks, bool topLevel, CellProperties? cell)
    {
        ImportBudget.Enter(r, _place);
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            switch (walk.Name)
            {
                case "p":
                    if (topLevel)
                    {
                        _place = DocumentPlace.Paragraph(++_paragraphs);
                    }

                    _budget.Block(_place);
                    blocks.Add(ReadParagraph(r, topLevel ? _paragraphs : 0));
                    break;
                case "tbl":
                    if (topLevel)
                    {
                        _place = DocumentPlace.Table(++_tables);
                    }

                    _budget.Block(_place);
                    blocks.Add(ReadTable(r, topLevel ? _tables : 0));
                    break;
                case "sdt" or "sdtContent" or "customXml":
                    // Content controls and custom XML wrap ordinary paragraphs and tables; a limit passed inside one is placed at the block it comes before.
                    if (topLevel)
                    {
                        _place = DocumentPlace.Paragraph(_paragraphs + 1);
                    }

                    var placeholder = _placeholder;
                    ReadBlocks(r, blocks, topLevel, cell);
                    _placeholder = placeholder;
                    break;
                case "sdtPr":
                    _placeholder += ShowsPlaceholder(r) ? 1 : 0;
                    break;
                case "tcPr" when cell is not null:
                    ReadCellProperties(r, cell);
                    break;
                default:
                    Skip(r);
                    break;
            }
        }
    }

    private WordTable ReadTable(XmlReader r, int number)
    {
        var rows = new List<WordRow>();
        var (gridColumns, width) = ReadRows(r, rows);
        return new WordTable(number, Math.Max(width, gridColumns), rows);
    }

    /// <summary>The rows of a table, those wrapped in content controls included; returns the grid's and the widest row's column counts.</summary>
    private (int GridColumns, int Width) ReadRows(XmlReader r, List<WordRow> rows)
    {
        ImportBudget.Enter(r, _place);
        var gridColumns = 0;
        var width = 0;
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            switch (walk.Name)
            {
                case "tblGrid":
                    gridColumns = CountChildren(r, "gridCol");
                    break;
                case "tr":
                    _budget.Block(_place);
                    var cells = new List<WordCell>();
                    var columns = ReadCells(r, cells, 0);
                    rows.Add(new WordRow(rows.Count + 1, cells));
                    width = Math.Max(width, columns);
                    break;
                case "sdt" or "sdtContent" or "customXml":
                    var (grid, wrapped) = ReadRows(r, rows);
                    gridColumns = Math.Max(gridColumns, grid);
                    width = Math.Max(width, wrapped);
                    break;
                default:
                    Skip(r);
                    break;
            }
        }

        return (gridColumns, width);
    }

    /// <summary>The cells of a row from grid column <paramref name="column"/>, those wrapped in content controls included; returns the column after the last.</summary>
    private int ReadCells(XmlReader r, List<WordCell> cells, int column)
    {
        ImportBudget.Enter(r, _place);
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            switch (walk.Name)
            {
                case "trPr":
                    column += ReadGridBefore(r);
                    break;
                case "tc":
                    _budget.Block(_place);
                    var properties = new CellProperties();
                    var content = new List<WordBlock>();
                    ReadBlocks(r, content, topLevel: false, properties);
                    if (properties.HorizontalContinue && cells.Count > 0)
                    {
                        // Legacy horizontal merges: a "continue" cell widens the cell before it.
                        cells[^1] = cells[^1] with { Span = cells[^1].Span + properties.Span };
                    }
                    else
                    {
                        cells.Add(new WordCell(column, properties.Span, properties.VerticalContinue, content));
                    }

                    column += properties.Span;
                    break;
                case "sdt" or "sdtContent" or "customXml":
                    column = ReadCells(r, cells, column);
                    break;
                default:
                    Skip(r);
                    break;
            }
        }

        return column;
    }

    private static int ReadGridBefore(XmlReader r)
    {
        var before = 0;
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            if (walk.Name == "gridBefore")
            {
                before = IntValue(r) ?? 0;
            }
        }

        return before;
    }

    private static void ReadCellProperties(XmlReader r, CellProperties cell)
    {
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            switch (walk.Name)
            {
                case "gridSpan":
                    cell.Span = Math.Max(1, IntValue(r) ?? 1);
                    break;
                case "vMerge":
                    cell.VerticalContinue = r.GetAttribute("val", W) is null or "continue";
                    break;
                case "hMerge":
                    cell.HorizontalContinue = r.GetAttribute("val", W) is null or "continue";
                    break;
            }
        }
    }

    private WordParagraph ReadParagraph(XmlReader r, int number)
    {
        _text.Clear();
        _paragraph = number;
        _numberingId = null;
        _level = 0;
        _style = null;
        _images = 0;
        _notes = null;
        _revised = false;
        _hidden.Clear();
        _symbols = null;
        _prompt.Clear();
        ReadInline(r);
        return new WordParagraph(number, _text.ToString(), _lists.Label(_numberingId, _level, _style), _images, _notes)
        {
            Revised = _revised,
            Hidden = string.IsNullOrWhiteSpace(_hidden.ToString()) ? null : _hidden.ToString().Trim(),
            Symbols = _symbols ?? [],
            Placeholder = string.IsNullOrWhiteSpace(_prompt.ToString()) ? null : _prompt.ToString().Trim(),
        };
    }

    /// <summary>
    /// The visible text in document order, as it reads with tracked changes accepted: inserted and
    /// moved-in text is kept, deleted and moved-out text skipped (and the paragraph marked as revised);
    /// field codes and drawings are skipped, a field's displayed result kept.
    /// </summary>
    private void ReadInline(XmlReader r)
    {
        ImportBudget.Enter(r, _place);
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            switch (walk.Name)
            {
                case "pPr":
                    ReadParagraphProperties(r);
                    break;
                case "r":
                    ReadRun(r);
                    break;
                case "ins" or "moveTo":
                    _revised = true;
                    ReadInline(r);
                    break;
                case "del" or "moveFrom":
                    _revised = true;
                    Skip(r);
                    break;
                case "sdt":
                    var placeholder = _placeholder;
                    ReadInline(r);
                    _placeholder = placeholder;
                    break;
                case "sdtPr":
                    _placeholder += ShowsPlaceholder(r) ? 1 : 0;
                    break;
                case "hyperlink" or "smartTag" or "fldSimple" or "customXml" or "sdtContent" or "dir" or "bdo":
                    ReadInline(r);
                    break;
                default:
                    Skip(r);
                    break;
            }
        }
    }

    private void ReadRun(XmlReader r)
    {
        // Hidden text (w:vanish) is not printed, and a content control's prompt is no value: each goes apart, to be reported, not into the paragraph's text.
        var text = _placeholder > 0 ? _prompt : _text;
        string? symbolFont = null;
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            switch (walk.Name)
            {
                case "rPr":
                    var (hidden, runFont) = ReadRunProperties(r);
                    if (hidden && text == _text)
                    {
                        text = _hidden;
                    }

                    symbolFont = SymbolFont.IsSymbolFont(runFont) ? runFont : null;
                    break;
                case "t":
                    var start = text.Length;
                    AppendText(r, text);
                    if (symbolFont is not null)
                    {
                        // LibreOffice writes a symbol as its code in the font, typed as text in a run of that font.
                        SymbolsToLetters(text, start, symbolFont, text == _text);
                    }

                    break;
                case "tab" or "ptab":
                    text.Append('\t');
                    Skip(r);
                    break;
                case "br":
                    // A page or column break is layout, not text; a line break is a line of the text.
                    if (r.GetAttribute("type", W) is null or "textWrapping")
                    {
                        text.Append('\n');
                    }

                    Skip(r);
                    break;
                case "cr":
                    text.Append('\n');
                    Skip(r);
                    break;
                case "noBreakHyphen":
                    text.Append('\u2011');
                    Skip(r);
                    break;
                case "fldChar":
                    // A legacy form check box (FORMCHECKBOX) has no result text: it prints as a box, ticked or not.
                    if (FormCheckBox(r) is { } ticked)
                    {
                        _budget.Text(1, _place);
                        text.Append(ticked ? '☒' : '☐');
                    }

                    break;
                case "softHyphen":
                    // A hyphenation point is typography, not text: it would end up inside the JSON's words.
                    Skip(r);
                    break;
                case "sym":
                    var font = r.GetAttribute("font", W);
                    var code = r.GetAttribute("char", W);
                    if (SymbolFont.Letter(font, code) is { } letter)
                    {
                        _budget.Text(1, _place);
                        text.Append(letter);
                    }
                    else if (text == _text)
                    {
                        // A glyph that exists only in its font would print as an empty box in any other one.
                        (_symbols ??= []).Add(SymbolFont.Describe(font, code));
                    }

                    Skip(r);
                    break;
                case "footnoteReference" or "endnoteReference" when r.GetAttribute("id", W) is { } id:
                    // Kept to report the note's text at the place of its mark.
                    (_notes ??= []).Add(new NoteReference(walk.Name == "endnoteReference", id));
                    Skip(r);
                    break;
                case "drawing" or "pict" or "object":
                    ReadFloating(r);
                    break;
                case null when r.LocalName == "AlternateContent":
                    ReadFloating(r);
                    break;
                default:
                    Skip(r);
                    break;
            }
        }
    }

    /// <summary>The text inside a drawing or shape (a text box), kept apart to be reported; a fallback copy is not read twice.</summary>
    private void ReadFloating(XmlReader r)
    {
        var text = new StringBuilder();
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            if (r.LocalName == "Fallback")
            {
                Skip(r);
            }
            else if (walk.Name == "t")
            {
                AppendText(r, text);
                text.Append(' ');
            }
            else if (r.LocalName is "blip" or "imagedata" or "chart" && walk.Name is null)
            {
                // A picture (DrawingML or VML) or a chart: nothing of it can be imported, so it is counted to be reported.
                _images++;
            }
        }

        if (!string.IsNullOrWhiteSpace(text.ToString()))
        {
            _floating.Add((_paragraph, text.ToString().Trim()));
        }
    }

    /// <summary>Reads a run's properties: whether its text is hidden (a hidden earlier formatting, w:rPrChange, does not count), and its font.</summary>
    private static (bool Hidden, string? Font) ReadRunProperties(XmlReader r)
    {
        var hidden = false;
        string? font = null;
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            switch (walk.Name)
            {
                case "vanish":
                    hidden = IsOn(r);
                    break;
                case "rFonts":
                    font = r.GetAttribute("ascii", W) ?? r.GetAttribute("hAnsi", W);
                    break;
                case "rPrChange":
                    Skip(r);
                    break;
            }
        }

        return (hidden, font);
    }

    /// <summary>The symbol-font codes (F020–F0FF) appended from <paramref name="start"/> become their letters; one with none known is taken out (and noted when the text is the paragraph's).</summary>
    private void SymbolsToLetters(StringBuilder text, int start, string font, bool noted)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is < '\uF020' or > '\uF0FF')
            {
                continue;
            }

            var code = ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture);
            if (SymbolFont.Letter(font, code) is { } letter)
            {
                text[i] = letter;
                continue;
            }

            if (noted)
            {
                (_symbols ??= []).Add(SymbolFont.Describe(font, code));
            }

            text.Remove(i--, 1);
        }
    }

    /// <summary>
    /// Appends the element's text in chunks, each counted before it is kept: one text node of a
    /// hostile file can be hundreds of megabytes, which <see cref="XmlReader.Value"/> would hold whole.
    /// </summary>
    private void AppendText(XmlReader r, StringBuilder text)
    {
        if (r.IsEmptyElement)
        {
            return;
        }

        var depth = r.Depth;
        var more = r.Read();
        while (more && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = r.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    _budget.Text(read, _place);
                    text.Append(_chunk, 0, read);
                }
            }

            more = r.Read();
        }
    }

    private void ReadParagraphProperties(XmlReader r)
    {
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            switch (walk.Name)
            {
                case "pStyle":
                    _style = r.GetAttribute("val", W);
                    break;
                case "numId":
                    _numberingId = IntValue(r);
                    break;
                case "ilvl":
                    _level = IntValue(r) ?? 0;
                    break;
                case "rPr":
                    // An inserted or deleted paragraph mark is a tracked change too.
                    _revised |= HasRevisionMark(r);
                    break;
                case "sectPr" or "pPrChange":
                    Skip(r);
                    break;
            }
        }
    }

    /// <summary>Reads a field character: for the start of a legacy form check box, whether it is ticked (w:checked, else w:default); null for any other.</summary>
    private static bool? FormCheckBox(XmlReader r)
    {
        bool? box = null;
        bool? checkedState = null;
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            switch (walk.Name)
            {
                case "checkBox":
                    box ??= false;
                    break;
                case "default" when box is not null:
                    box = r.GetAttribute("val", W) is "1" or "true" or "on";
                    break;
                case "checked" when box is not null:
                    checkedState = IsOn(r);
                    break;
            }
        }

        return box is null ? null : checkedState ?? box;
    }

    /// <summary>Reads a content control's properties: whether it shows its placeholder (w:showingPlcHdr), having no content.</summary>
    private static bool ShowsPlaceholder(XmlReader r)
    {
        var shows = false;
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            if (walk.Name == "showingPlcHdr")
            {
                shows = IsOn(r);
            }
        }

        return shows;
    }

    /// <summary>An on/off property (w:vanish, w:checked, w:showingPlcHdr …) at the reader: on unless its w:val says off; absent, it is on.</summary>
    private static bool IsOn(XmlReader r) => r.GetAttribute("val", W) is not ("0" or "false" or "off");

    private static bool HasRevisionMark(XmlReader r)
    {
        var revised = false;
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            switch (walk.Name)
            {
                case "ins" or "del" or "moveFrom" or "moveTo":
                    revised = true;
                    Skip(r);
                    break;
                case "rPrChange":
                    Skip(r);
                    break;
            }
        }

        return revised;
    }

    private static int CountChildren(XmlReader r, string name)
    {
        var count = 0;
        var depth = r.Depth;
        for (var walk = new ElementWalk(r); walk.MoveNext();)
        {
            if (r.Depth == depth + 1 && walk.Name == name)
            {
                count++;
            }
        }

        return count;
    }

    private static int? IntValue(XmlReader r) =>
        int.TryParse(r.GetAttribute("val", W), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>What a cell's properties say about its place on the grid.</summary>
    private sealed class CellProperties
    {
        public int Span { get; set; } = 1;

        public bool VerticalContinue { get; set; }

        public bool HorizontalContinue { get; set; }
    }
}
