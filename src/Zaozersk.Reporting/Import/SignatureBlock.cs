using System.Text.RegularExpressions;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Reads what follows the plan table: signatures (position and «И.О. Фамилия», side by side in a
/// table, on one line separated by tabs or spaces, or on two lines) and the «Исполнитель: …, тел. …»
/// line. Anything else there is reported, never dropped.
/// </summary>
internal sealed partial class SignatureBlock(ImportLog log)
{
    private readonly List<Signatory> _signatories = [];
    private (string Text, string Place)? _pendingPosition;

    /// <summary>The signatories found, in order.</summary>
    public IReadOnlyList<Signatory> Signatories => _signatories;

    /// <summary>The executor line, if found.</summary>
    public Executor? Executor { get; private set; }

    /// <summary>Reads the blocks after the table.</summary>
    public void Read(IEnumerable<WordBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case WordParagraph paragraph when !paragraph.IsEmpty:
                    Paragraph(paragraph.Text, DocumentPlace.Paragraph(paragraph.Number));
                    break;
                case WordTable table:
                    Table(table, null);
                    break;
            }
        }

        FlushPending();
    }

    private void Table(WordTable table, string? outerPlace)
    {
        foreach (var row in table.Rows)
        {
            var filled = row.Cells.Where(c => !c.IsEmpty && !c.MergedFromAbove).ToList();
            var texts = filled.Select(c => c.Blocks.OfType<WordParagraph>().Any() ? PlainText.Of(c.Blocks.OfType<WordParagraph>()) : string.Empty).ToList();

            // A row of position and name, each in its own cell (and no nested tables): one signature.
            if (filled.Count >= 2 && filled.All(c => c.Blocks.All(b => b is WordParagraph)) && IsName(Clean(texts[^1])))
            {
                FlushPending();
                for (var i = 1; i < filled.Count - 1; i++)
                {
                    log.NotImported(outerPlace ?? DocumentPlace.Cell(table, row, filled[i]), texts[i], Localized.Text(
                        "a signature row has more than a position and a name",
                        "в строке подписи больше, чем должность и имя"));
                }

                _signatories.Add(new Signatory { Position = Position(texts[0]), Name = Name(texts[^1]) });
                continue;
            }

            foreach (var cell in filled)
            {
                var place = outerPlace ?? DocumentPlace.Cell(table, row, cell);
                foreach (var block in cell.Blocks)
                {
                    switch (block)
                    {
                        case WordParagraph paragraph when !paragraph.IsEmpty:
                            Paragraph(paragraph.Text, place);
                            break;
                        case WordTable nested:
                            Table(nested, place);
                            break;
                    }
                }
            }
        }
    }

    private void Paragraph(string raw, string place)
    {
        var text = Typography.Untie(raw).Trim();
        var executor = ExecutorLine().Match(Typography.UntieAll(raw).Trim());
        if (executor.Success)
        {
            FlushPending();
            var name = executor.Groups["name"].Value.Trim();
            string? number = executor.Groups["phone"].Success ? executor.Groups["phone"].Value.Trim() : null;

            // «Иванова Мария Сергеевна, 8 (81556) 2-11-09»: a telephone written without «тел.» is no part of the name.
            if (number is null && TrailingPhone().Match(name) is { Success: true } split && IsPhone(split.Groups["phone"].Value))
            {
                (name, number) = (split.Groups["name"].Value.Trim(), split.Groups["phone"].Value.Trim());
            }

            Executor = new Executor { Name = name, Phone = number };
            return;
        }

        if (Executor is { Phone: null } known && PhoneLine().Match(Typography.UntieAll(raw).Trim()) is { Success: true } phone)
        {
            Executor = known with { Phone = phone.Groups["phone"].Value.Trim() };
            return;
        }

        if (Executor is { Phone: null } withoutPhone && BarePhone().IsMatch(Typography.UntieAll(raw).Trim()) && IsPhone(raw))
        {
            Executor = withoutPhone with { Phone = Typography.UntieAll(raw).Trim() };
            return;
        }

        // «Должность<tab>И.О. Фамилия», «Должность ________ И.О. Фамилия», «Должность И.О. Фамилия».
        var parts = Separator().Split(text).Select(Clean).Where(p => p.Length > 0).ToList();
        if (parts.Count >= 2 && IsName(parts[^1]))
        {
            FlushPending();
            _signatories.Add(new Signatory { Position = string.Join(' ', parts[..^1]), Name = Name(parts[^1]) });
            return;
        }

        var trailing = TrailingName().Match(text);
        if (trailing.Success)
        {
            FlushPending();
            _signatories.Add(new Signatory { Position = Clean(trailing.Groups["position"].Value), Name = Name(trailing.Groups["name"].Value) });
            return;
        }

        if (IsName(Clean(text)) && _pendingPosition is { } pending)
        {
            _signatories.Add(new Signatory { Position = pending.Text, Name = Name(Clean(text)) });
            _pendingPosition = null;
            return;
        }

        // A position on its own line may have its name on the next one.
        FlushPending();
        _pendingPosition = (Clean(text), place);
    }

    private void FlushPending()
    {
        if (_pendingPosition is { } pending)
        {
            log.NotImported(pending.Place, pending.Text, Localized.Text(
                "text after the table that is neither a signature nor the executor line",
                "текст после таблицы, не относящийся ни к подписи, ни к строке об исполнителе"));
            _pendingPosition = null;
        }
    }

    private static string Position(string text) => Clean(text);

    /// <summary>A telephone number has at least six digits (a local number); fewer are a count or a date part.</summary>
    private static bool IsPhone(string text) => text.Count(char.IsAsciiDigit) >= 6;

    /// <summary>A name as printed: without the underscores of a signature line before or after it.</summary>
    internal static string Name(string text) => Typography.UntieAll(Clean(text)).Trim();

    /// <summary>Without the underscores of a signature line and the surrounding spaces.</summary>
    private static string Clean(string text) => text.Replace('_', ' ').Trim();

    internal static bool IsName(string text) => PersonName().IsMatch(Typography.UntieAll(text));

    [GeneratedRegex(@"^(?:[А-ЯЁA-Z]\.\s?){1,2}\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$|^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s(?:[А-ЯЁ]\.\s?){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(?<position>.+?)\s+(?<name>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingName();

    [GeneratedRegex(@"^(?:Исполнитель|Исп\.)\s*:?\s*(?<name>.+?)(?:,?\s*(?:тел\.|телефон)\s*:?\s*(?<phone>.+))?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ExecutorLine();

    [GeneratedRegex(@"^(?:тел\.|телефон)\s*:?\s*(?<phone>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhoneLine();

    /// <summary>A name followed by a telephone number of at least six digits: «…, 8 (81556) 2-11-09», «… +7 911 123-45-67».</summary>
    [GeneratedRegex(@"^(?<name>.*?\p{L}\.?)[,;\s]+(?<phone>\+?\d[\d\s()\-‐‑–]*\d)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TrailingPhone();

    /// <summary>A line that is only a telephone number: digits, spaces, brackets and dashes, at least six digits.</summary>
    [GeneratedRegex(@"^\+?[\d(][\d\s()\-‐‑–]{5,29}$", RegexOptions.CultureInvariant)]
    private static partial Regex BarePhone();

    [GeneratedRegex(@"\t+|[ \u00A0]{2,}|_{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
