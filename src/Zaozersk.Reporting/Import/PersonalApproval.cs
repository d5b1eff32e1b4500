using System.Text.RegularExpressions;
using Zaozersk.Reporting.Localization;
using Zaozersk.Reporting.Model;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Reads a person's гриф утверждения: «УТВЕРЖДАЮ», the position over one or more lines, the
/// signature line «________ И.О. Фамилия» (the name also on a line of its own, or after the
/// position with tabs), and the date «“12” января 2024 г.», «12.01.2024» or a blank
/// «“__” ______ 20__ г.». A line or value that fits none of them is reported, never dropped.
/// </summary>
internal static partial class PersonalApproval
{
    /// <summary>The approval word of a person's stamp.</summary>
    public const string Word = "УТВЕРЖДАЮ";

    /// <summary>Whether a line is the stamp's date, filled in or blank.</summary>
    /// <remarks>A line of nothing but underscores is the signature line, not a blank date.</remarks>
    public static bool IsDateLine(string text) =>
        DateLine().IsMatch(Quotes(text).Trim()) && text.Any(c => c != '_' && !char.IsWhiteSpace(c));

    /// <summary>The stamp in <paramref name="lines"/>, the first of which opens with the heading (<paramref name="headingLength"/> characters).</summary>
    public static ApprovalBlock Parse(IReadOnlyList<(string Text, string Place)> lines, string heading, int headingLength, ImportLog log)
    {
        var position = new List<string>();
        string? signer = null;
        string? date = null;
        var dated = false;
        var rest = lines.Select((l, i) => (Text: (i == 0 ? l.Text[headingLength..] : l.Text).Trim(), l.Place)).Where(l => l.Text.Length > 0);
        foreach (var (text, place) in rest)
        {
            if (!dated && IsDateLine(text))
            {
                dated = true;
                date = Date(text, place, log);
                continue;
            }

            // Only the signature line's underscores: layout, the name follows.
            var parts = Separator().Split(text).Select(Clean).Where(p => p.Length > 0).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            if (signer is null && !dated && SignatureBlock.IsName(parts[^1]))
            {
                position.AddRange(parts[..^1]);
                signer = SignatureBlock.Name(parts[^1]);
            }
            else if (signer is null && !dated && TrailingName().Match(text) is { Success: true } trailing)
            {
                position.Add(Clean(trailing.Groups["position"].Value));
                signer = SignatureBlock.Name(trailing.Groups["name"].Value);
            }
            else if (signer is null && !dated)
            {
                position.Add(string.Join(' ', parts));
            }
            else
            {
                log.NotImported(place, text, Localized.Text(
                    "a line of the approval stamp «УТВЕРЖДАЮ» after the name or date",
                    "строка грифа «УТВЕРЖДАЮ» после имени или даты"));
            }
        }

        return new ApprovalBlock
        {
            Heading = heading,
            Position = string.Join(' ', position),
            Signer = signer,
            Date = date,
        };
    }

    /// <summary>The date as ДД.ММ.ГГГГ; a blank is null, and a blank with a year written in is reported, so the year is not lost unseen.</summary>
    private static string? Date(string text, string place, ImportLog log)
    {
        var line = Quotes(text).Trim();
        if (!line.Contains('_', StringComparison.Ordinal))
        {
            return ApprovalStamp.DateOf(line);
        }

        if (Year().Match(line) is { Success: true })
        {
            log.NotImported(place, text, Localized.Text(
                "the approval date has only its year filled in; the document prints a blank date to fill in by hand",
                "в дате утверждения заполнен только год; в документе печатается пустая дата, которую заполняют от руки"));
        }

        return null;
    }

    private static string Quotes(string text) => text.Replace('“', '"').Replace('”', '"').Replace('„', '"').Replace('«', '"').Replace('»', '"');

    /// <summary>Without the signature line's underscores and the slashes some put round the name («/О.А. Иванова/»).</summary>
    private static string Clean(string text) => text.Replace('_', ' ').Trim().Trim('/').Trim();

    /// <summary>«"12" января 2024 г.», «"__" ______ 20__ г.», «12.01.2024», «__.__.2024».</summary>
    [GeneratedRegex(@"^(?:""?\s*(?:\d{1,2}|_+)\s*""?\s*(?:\p{Ll}+|_+)\s*(?:\d{4}|20_*|_+)|(?:\d{1,2}|_+)\.(?:\d{1,2}|_+)\.(?:\d{4}|20_*))\s*(?:г\.?|года)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\b\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<position>.+?)\s+(?<name>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingName();

    [GeneratedRegex(@"\t+|[ \u00A0]{2,}|_{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
