using System.Globalization;
using Zaozersk.Reporting.Diagnostics;

using Zaozersk.Reporting.Model.Json;

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
            bag.Error(DiagnosticCodes.MalformedNumber, path,
                $"{QuotedText.Quote(section.Number)} is not a section number: write an Arabic (3) or Roman (III) number without a dot");
            return null;
        }

        if (_sectionPaths.TryGetValue(value, out var first))
        {
            bag.Error(DiagnosticCodes.DuplicateNumber, path, $"section number {QuotedText.Shorten(section.Number)} is used twice (first at {first})");
            return value;
        }

        _sectionPaths[value] = path;
        if (_lastSection is { } last && value < last)
        {
            bag.Error(DiagnosticCodes.NumberOutOfOrder, path, $"section {QuotedText.Shorten(section.Number)} comes after section {Text(last)}; sections must be in ascending order");
        }
        else if (value != (_lastSection ?? 0) + 1)
        {
            bag.Warning(DiagnosticCodes.NumberGap, path,
                _lastSection is null ? $"the first section is numbered {QuotedText.Shorten(section.Number)}, not 1" : $"section numbers jump from {Text(_lastSection.Value)} to {Text(value)}");
        }

        _lastSection = Math.Max(value, _lastSection ?? 0);
        return value;
    }

    /// <summary>Checks a measure number against its section and the measures before it.</summary>
    public void Item(PlanItem item, string path, int? sectionValue, string sectionNumber, DiagnosticBag bag)
    {
        if (!ItemNumber.TryParse(item.Number, out var number))
        {
            bag.Error(DiagnosticCodes.MalformedNumber, path,
                $"{QuotedText.Quote(item.Number)} is not a measure number: write numbers joined by dots, such as {(sectionValue is null ? "1.2" : Text(sectionValue.Value) + ".2")}, without a trailing dot or spaces");
            return;
        }

        if (!_flat && (number.Parts.Count < 2 || (sectionValue is { } section && number.Parts[0] != section)))
        {
            bag.Error(DiagnosticCodes.ItemOutsideSection, path,
                $"measure {QuotedText.Shorten(item.Number)} is in section {QuotedText.Shorten(sectionNumber)}; its number must begin with {(sectionValue is null ? QuotedText.Shorten(sectionNumber) : Text(sectionValue.Value))}.");
            return;
        }

        if (_itemPaths.TryGetValue(number, out var first))
        {
            bag.Error(DiagnosticCodes.DuplicateNumber, path, $"measure number {QuotedText.Shorten(item.Number)} is used twice (first at {first})");
            return;
        }

        _itemPaths[number] = path;
        if (_lastItem is not null && number.CompareTo(_lastItem) < 0)
        {
            bag.Error(DiagnosticCodes.NumberOutOfOrder, path, $"measure {QuotedText.Shorten(item.Number)} comes after {_lastItem}; measures must be in ascending order");
            return;
        }

        _lastItem = number;
        var parent = number.Parent ?? new ItemNumber([]);
        var minimumDepth = _flat ? 1 : 2;
        if (number.Parts.Count > minimumDepth && !_itemPaths.ContainsKey(parent))
        {
            bag.Warning(DiagnosticCodes.MissingParentItem, path, $"measure {QuotedText.Shorten(item.Number)} has no parent measure {parent}");
        }

        var expected = _lastChild.TryGetValue(parent, out var last) ? last + 1 : 1;
        var current = number.Parts[^1];
        if (current != expected)
        {
            var previous = expected == 1 ? null : new ItemNumber([.. parent.Parts, last]);
            bag.Warning(DiagnosticCodes.NumberGap, path,
                previous is null ? $"numbering starts at {QuotedText.Shorten(item.Number)}, not at {new ItemNumber([.. parent.Parts, 1])}" : $"numbering jumps from {previous} to {QuotedText.Shorten(item.Number)}");
        }

        _lastChild[parent] = current;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
