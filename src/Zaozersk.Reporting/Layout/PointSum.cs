namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Adds lengths in points left to right, as <see cref="Enumerable.Sum(IEnumerable{double})"/>
/// does, so every position comes out bit for bit the same; without an iterator or a copy, since
/// table layout sums column widths and row heights for every cell.
/// </summary>
internal static class PointSum
{
    public static double Of(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }
}
