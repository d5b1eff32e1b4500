using System.Collections.Concurrent;
using Zaozersk.Reporting.Fonts;

namespace Zaozersk.Reporting.Layout;

/// <summary>
/// Every basic-plane character's fit advance (see <see cref="TextStyle.FitAdvance"/>) for one face
/// and size, computed once: line breaking asks for it for every character of a document.
/// </summary>
internal static class FitAdvanceTable
{
    private static readonly ConcurrentDictionary<(FontFace Face, long HalfPoints), int[]> Tables = new();

    /// <summary>The table for a size in whole half points.</summary>
    public static int[] For(FontFace face, long halfPoints) =>
        Tables.GetOrAdd((face, halfPoints), key =>
        {
            var metrics = BundledFonts.Metrics(key.Face);
            var table = new int[0x10000];
            for (var c = 0; c < table.Length; c++)
            {
                table[c] = (int)Round(metrics.Advance(c), key.HalfPoints, metrics.UnitsPerEm);
            }

            return table;
        });

    /// <summary>An advance in font units as whole fit units, half away from zero, in exact integer arithmetic.</summary>
    public static long Round(long advance, long halfPoints, long unitsPerEm)
    {
        var numerator = advance * halfPoints * (WordProcessorRules.FitUnitsPerPoint / 2);
        return ((2 * numerator) + unitsPerEm) / (2 * unitsPerEm);
    }
}
