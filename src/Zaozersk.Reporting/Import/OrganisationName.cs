using System.Text.RegularExpressions;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Finds the organisation of a plan, which a printed plan names only inside its title
/// («… в Администрации ЗАТО город Заозерск»).
/// </summary>
internal static partial class OrganisationName
{
    private const int MaxTail = 400;

    /// <summary>Whether every word of <paramref name="name"/> appears in <paramref name="subject"/>, in any case form.</summary>
    public static bool Matches(string name, string subject)
    {
        var words = Stems(subject).ToHashSet(StringComparer.Ordinal);
        var stems = Stems(name).ToList();
        return stems.Count > 0 && stems.All(words.Contains);
    }

    /// <summary>
    /// «… в Администрации ЗАТО город Заозерск» → «Администрация ЗАТО город Заозерск», «в администрации
    /// …», «в муниципальном образовании «Город …»», «в Заозерском муниципальном районе», «в органах
    /// местного самоуправления …» likewise, in the nominative; null when the title names no body.
    /// </summary>
    public static string? FromSubject(string subject)
    {
        // A body is named in the title's last words; a hostile title of a megabyte is not searched whole.
        if (KnownBody().Match(subject.Length > MaxTail ? subject[^MaxTail..] : subject) is { Success: true } known)
        {
            return Nominative(known.Groups["body"].Value);
        }

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

    /// <summary>
    /// The words up to the body's noun put in the nominative, adjectives agreeing with the noun
    /// («в Кольском муниципальном районе» → «Кольский муниципальный район», «в городском поселении» →
    /// «Городское поселение»), the first capitalised; the words after the noun as written.
    /// </summary>
    private static string Nominative(string phrase)
    {
        var words = phrase.Split(' ');
        var head = Array.FindIndex(words, w => w.ToLowerInvariant() is "администрации" or "органах" or "образовании" or "поселении" or "районе" or "округе");
        if (head < 0)
        {
            return phrase;
        }

        var neuter = words[head].ToLowerInvariant() is "образовании" or "поселении";
        words[head] = words[head].ToLowerInvariant() switch
        {
            "администрации" => words[head][..^1] + "я",
            "органах" => words[head][..^2] + "ы",
            "образовании" or "поселении" => words[head][..^1] + "е",
            _ => words[head][..^1],
        };
        for (var i = 0; i < head; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant();
            words[i] = lower switch
            {
                _ when !lower.EndsWith("ом", StringComparison.Ordinal) => word,
                _ when neuter => word[..^1] + "е",
                "городском" => word[..^2] + "ой",
                _ when lower.EndsWith("ском", StringComparison.Ordinal) || lower.EndsWith("цком", StringComparison.Ordinal) => word[..^2] + "ий",
                _ => word[..^2] + "ый",
            };
        }

        var name = string.Join(' ', words);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>Word stems long enough to survive declension: lower case, «ё» as «е», the ending cut.</summary>
    private static IEnumerable<string> Stems(string text) =>
        Words().Matches(text.ToLowerInvariant().Replace('ё', 'е'))
            .Select(m => m.Value)
            .Where(w => w.Length >= 3)
            .Select(w => w.Length > 5 ? w[..(w.Length - 2)] : w);

    [GeneratedRegex(@"\s(?:в|во)\s+(?<first>[А-ЯЁ][а-яё]+)(?<rest>(?:\s\S+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Body();

    /// <summary>The last «в» before a body a plan is made for, in either case, up to the end of the subject.</summary>
    [GeneratedRegex(
        @"^.*\s(?:в|во)\s+(?<body>(?:[Аа]дминистрации|[Оо]рганах\s+местного\s+самоуправления|[Мм]униципальном\s+образовании|(?:[\p{L}-]+\s+){0,3}?(?:муниципальном\s+(?:районе|округе)|городском\s+округе|(?:городском|сельском)\s+поселении))(?:\s\S+)*)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex KnownBody();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
