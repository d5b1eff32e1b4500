using System.Globalization;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Model.Validation;

/// <summary>
/// Section and measure numbering, checked in document order. Two schemes are accepted: hierarchical
/// (measures «1.1», «1.2.1» under section «1» or «I») and flat (measures «1», «2», … running through
/// all sections, as some plans number them).
/// </summary>
internal sealed class NumberingRules
{
    private readonly bool _flat;
    private readonly Dictionary<int, string> _sectionPaths = [];
    private readonly Dictionary<ItemNumber, string> _itemPaths = [];
    private readonly Dictionary<ItemNumber, int> _lastChild = [];
    private int? _lastSection;
    private ItemNumber? _lastItem;

    public NumberingRules(PlanDocument document)
    {
        var items = document.Sections.SelectMany(s => s.Items).ToList();
        _flat = items.Count > 0 && items.All(i => ItemNumber.TryParse(i.Number, out var n) && n.Parts.Count == 1);
    }

    /// <summary>Checks a section number; returns its value when it has one.</summary>
    public int? Section(PlanSection section, string path, DiagnosticBag bag)
    {
        if (!SectionNumber.TryParse(section.Number, out var value))
        {
            var quoted = QuotedText.Quote(section.Number);
            bag.Error(DiagnosticCodes.MalformedNumber, path, Localized.Text(
                $"{quoted} is not a section number: write an Arabic (3) or Roman (III) number without a dot",
                $"{quoted} — не номер раздела: напишите номер арабскими или римскими цифрами без точки, например «3» или «III»"));
            return null;
        }

        string Shown() => QuotedText.Shorten(section.Number);

        if (_sectionPaths.TryGetValue(value, out var first))
        {
            bag.Error(DiagnosticCodes.DuplicateNumber, path, Localized.Text(
                $"section number {Shown()} is used twice (first at {first})",
                $"номер раздела {Shown()} встречается дважды (впервые — {first})"));
            return value;
        }

        _sectionPaths[value] = path;
        if (_lastSection is { } last && value < last)
        {
            bag.Error(DiagnosticCodes.NumberOutOfOrder, path, Localized.Text(
                $"section {Shown()} comes after section {Text(last)}; sections must be in ascending order",
                $"раздел {Shown()} стоит после раздела {Text(last)}; разделы должны идти по возрастанию номеров"));
        }
        else if (value != (_lastSection ?? 0) + 1)
        {
            bag.Warning(DiagnosticCodes.NumberGap, path, _lastSection is null
                ? Localized.Text($"the first section is numbered {Shown()}, not 1", $"первый раздел имеет номер {Shown()}, а не 1")
                : Localized.Text($"section numbers jump from {Text(_lastSection.Value)} to {Text(value)}", $"номера разделов перескакивают с {Text(_lastSection.Value)} на {Text(value)}"));
        }

        _lastSection = Math.Max(value, _lastSection ?? 0);
        return value;
    }

    /// <summary>Checks a measure number against its section and the measures before it.</summary>
    public void Item(PlanItem item, string path, int? sectionValue, string sectionNumber, DiagnosticBag bag)
    {
        if (!ItemNumber.TryParse(item.Number, out var number))
        {
            var quoted = QuotedText.Quote(item.Number);
            var example = sectionValue is null ? "1.2" : Text(sectionValue.Value) + ".2";
            if (item.Number.Split('.').All(p => p.Length > 0 && p[0] != '0' && p.All(char.IsAsciiDigit)))
            {
                // Well formed, but a part is longer than a number can be: the limit is what is wrong.
                bag.Error(DiagnosticCodes.MalformedNumber, path, Localized.Text(
                    $"{quoted} is not a measure number: each of its parts has at most 6 digits (999999), as no plan has more measures",
                    $"{quoted} — не номер мероприятия: в каждой его части не больше 6 цифр (999999), столько мероприятий не бывает ни в одном плане"));
                return;
            }

            bag.Error(DiagnosticCodes.MalformedNumber, path, Localized.Text(
                $"{quoted} is not a measure number: write numbers joined by dots, such as {example}, without a trailing dot or spaces",
                $"{quoted} — не номер мероприятия: напишите числа через точку, например {example}, без точки в конце и без пробелов"));
            return;
        }

        // Built only for a finding: most measures have none.
        string Shown() => QuotedText.Shorten(item.Number);

        if (!_flat && (number.Parts.Count < 2 || (sectionValue is { } section && number.Parts[0] != section)))
        {
            var inSection = QuotedText.Shorten(sectionNumber);
            var start = sectionValue is null ? inSection : Text(sectionValue.Value);
            bag.Error(DiagnosticCodes.ItemOutsideSection, path, Localized.Text(
                $"measure {Shown()} is in section {inSection}; its number must begin with {start}.",
                $"мероприятие {Shown()} находится в разделе {inSection}; его номер должен начинаться с {start}."));
            return;
        }

        if (_itemPaths.TryGetValue(number, out var first))
        {
            bag.Error(DiagnosticCodes.DuplicateNumber, path, Localized.Text(
                $"measure number {Shown()} is used twice (first at {first})",
                $"номер мероприятия {Shown()} встречается дважды (впервые — {first})"));
            return;
        }

        _itemPaths[number] = path;
        if (_lastItem is not null && number.CompareTo(_lastItem) < 0)
        {
            bag.Error(DiagnosticCodes.NumberOutOfOrder, path, Localized.Text(
                $"measure {Shown()} comes after {_lastItem}; measures must be in ascending order",
                $"мероприятие {Shown()} стоит после {_lastItem}; мероприятия должны идти по возрастанию номеров"));
            return;
        }

        _lastItem = number;
        var parent = number.Parent ?? new ItemNumber([]);
        var minimumDepth = _flat ? 1 : 2;
        if (number.Parts.Count > minimumDepth && !_itemPaths.ContainsKey(parent))
        {
            bag.Warning(DiagnosticCodes.MissingParentItem, path, Localized.Text(
                $"measure {Shown()} has no parent measure {parent}",
                $"у мероприятия {Shown()} нет вышестоящего мероприятия {parent}"));
        }

        var expected = _lastChild.TryGetValue(parent, out var last) ? last + 1 : 1;
        var current = number.Parts[^1];
        if (current != expected)
        {
            var previous = expected == 1 ? null : new ItemNumber([.. parent.Parts, last]);
            var firstNumber = new ItemNumber([.. parent.Parts, 1]);
            bag.Warning(DiagnosticCodes.NumberGap, path, previous is null
                ? Localized.Text($"numbering starts at {Shown()}, not at {firstNumber}", $"нумерация начинается с {Shown()}, а не с {firstNumber}")
                : Localized.Text($"numbering jumps from {previous} to {Shown()}", $"нумерация перескакивает с {previous} на {Shown()}"));
        }

        _lastChild[parent] = current;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
