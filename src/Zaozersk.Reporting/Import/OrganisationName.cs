using System.Text.RegularExpressions;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Finds the organisation of a plan, which a printed plan names only inside its title
/// («… в Администрации ЗАТО город Заозерск»).
/// </summary>
internal static partial class OrganisationName
{
    /// <summary>Whether every word of <paramref name="name"/> appears in <paramref name="subject"/>, in any case form.</summary>
    public static bool Matches(string name, string subject)
    {
        var words = Stems(subject).ToHashSet(StringComparer.Ordinal);
        var stems = Stems(name).ToList();
        return stems.Count > 0 && stems.All(words.Contains);
    }

    /// <summary>«… в Администрации ЗАТО город Заозерск» → «Администрация ЗАТО город Заозерск»; null when the title names no body.</summary>
    public static string? FromSubject(string subject)
    {
        var match = Body().Match(subject);
        if (!match.Success)
        {
            return null;
        }

        var first = match.Groups["first"].Value;
        var nominative = first switch
        {
            _ when first.EndsWith("ации", StringComparison.Ordinal) => first[..^1] + "я",
            _ when first.EndsWith("ении", StringComparison.Ordinal) => first[..^1] + "е",
            _ when first.EndsWith("ии", StringComparison.Ordinal) => first[..^1] + "я",
            _ when first.EndsWith('е') && first.Length > 3 => first[..^1],
            _ => first,
        };
        return nominative + match.Groups["rest"].Value;
    }

    /// <summary>Word stems long enough to survive declension: lower case, «ё» as «е», the ending cut.</summary>
    private static IEnumerable<string> Stems(string text) =>
        Words().Matches(text.ToLowerInvariant().Replace('ё', 'е'))
            .Select(m => m.Value)
            .Where(w => w.Length >= 3)
            .Select(w => w.Length > 5 ? w[..(w.Length - 2)] : w);

    [GeneratedRegex(@"\s(?:в|во)\s+(?<first>[А-ЯЁ][а-яё]+)(?<rest>(?:\s\S+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Body();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
