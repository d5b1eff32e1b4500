namespace Zaozersk.Reporting.Localization;

/// <summary>Finds the known name nearest to a misspelt one, for "did you mean" hints.</summary>
internal static class NameSuggester
{
    /// <summary>
    /// Longer names get no suggestion: no known name is anywhere near this long, and the edit
    /// distance costs time and memory in proportion to the name's length.
    /// </summary>
    public const int MaxNameLength = 64;

    /// <summary>
    /// The candidate with the smallest case-insensitive edit distance, if it is close enough to be a
    /// plausible misspelling (at most a third of the longer name), else null.
    /// </summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        if (name.Length > MaxNameLength)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(name.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        if (best is null)
        {
            return null;
        }

        var limit = Math.Max(2, Math.Max(name.Length, best.Length) / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus transposition of neighbours.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
