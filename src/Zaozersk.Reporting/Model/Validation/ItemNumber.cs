using System.Globalization;

namespace Zaozersk.Reporting.Model.Validation;

/// <summary>A measure number such as «2.10.1»: positive integers joined by dots, compared part by part.</summary>
internal sealed record ItemNumber(IReadOnlyList<int> Parts) : IComparable<ItemNumber>
{
    /// <summary>The number of the parent measure («2.10» for «2.10.1»), or null at the top.</summary>
    public ItemNumber? Parent => Parts.Count > 1 ? new ItemNumber(Parts.Take(Parts.Count - 1).ToArray()) : null;

    /// <summary>Parses «1», «1.2», «1.2.3» (no leading zeros, no trailing dot, no spaces).</summary>
    public static bool TryParse(string text, out ItemNumber number)
    {
        number = new ItemNumber([]);
        var parts = new List<int>();
        foreach (var part in text.Split('.'))
        {
            if (part.Length is 0 or > 6 || part[0] == '0' || !part.All(char.IsAsciiDigit))
            {
                return false;
            }

            parts.Add(int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        number = new ItemNumber(parts);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(ItemNumber? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(Parts.Count, other.Parts.Count); i++)
        {
            var order = Parts[i].CompareTo(other.Parts[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return Parts.Count.CompareTo(other.Parts.Count);
    }

    /// <inheritdoc/>
    public bool Equals(ItemNumber? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in Parts)
        {
            hash.Add(part);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join('.', Parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
