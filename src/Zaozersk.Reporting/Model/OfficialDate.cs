using System.Globalization;
using System.Text.RegularExpressions;

namespace Zaozersk.Reporting.Model;

/// <summary>Dates as official documents write them: ДД.ММ.ГГГГ, two-digit day and month, four-digit year.</summary>
internal static partial class OfficialDate
{
    /// <summary>Parses «27.04.2022»; false for any other spelling or a date that does not exist.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        return text is not null
            && Shape().IsMatch(text)
            && DateOnly.TryParseExact(text, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
