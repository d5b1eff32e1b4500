using System.Globalization;

namespace Zaozersk.Reporting.Documents;

/// <summary>
/// A length in twips (1/20 point, 1/1440 inch): integral, so both writers get the same numbers
/// on every machine, and the unit Word itself stores.
/// </summary>
internal readonly record struct Length(int Twips) : IComparable<Length>
{
    public const int TwipsPerPoint = 20;

    public static readonly Length Zero = new(0);

    public double Points => Twips / (double)TwipsPerPoint;

    public static Length FromPoints(double points) => new((int)Math.Round(points * TwipsPerPoint, MidpointRounding.AwayFromZero));

    public static Length FromMillimetres(double mm) => FromPoints(mm * 72 / 25.4);

    public static Length operator +(Length a, Length b) => new(a.Twips + b.Twips);

    public static Length operator -(Length a, Length b) => new(a.Twips - b.Twips);

    public static bool operator <(Length a, Length b) => a.Twips < b.Twips;

    public static bool operator >(Length a, Length b) => a.Twips > b.Twips;

    public static bool operator <=(Length a, Length b) => a.Twips <= b.Twips;

    public static bool operator >=(Length a, Length b) => a.Twips >= b.Twips;

    public int CompareTo(Length other) => Twips.CompareTo(other.Twips);

    /// <summary>Parses «20mm», «1.5cm», «12pt», «0.5in» or «0»; the decimal separator is always a dot.</summary>
    public static bool TryParse(string text, out Length length)
    {
        length = Zero;
        text = text.Trim();
        if (text == "0")
        {
            return true;
        }

        var units = new (string Suffix, double PointsPerUnit)[] { ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("pt", 1), ("in", 72) };
        foreach (var (suffix, factor) in units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)
                && double.TryParse(text[..^suffix.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                && value <= 10_000)
            {
                length = FromPoints(value * factor);
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Points.ToString("0.##", CultureInfo.InvariantCulture) + "pt";
}
