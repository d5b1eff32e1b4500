using System.Globalization;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Model;

/// <summary>Builds JSON paths in the notation of System.Text.Json: <c>$.sections[0].items[2].number</c>.</summary>
internal static class JsonPaths
{
    public const string Root = "$";

    /// <remarks>
    /// A very long name (a fuzzer's, or a paste gone wrong) is shortened so messages stay one line,
    /// and control characters in a name are shown as <c>\uXXXX</c>: printed raw, an escape
    /// sequence in a misspelt name would act on the user's terminal.
    /// </remarks>
    public static string Property(string parent, string name)
    {
        if (name.Length <= QuotedText.MaxShown && IsPlainName(name))
        {
            return parent + "." + name;
        }

        name = QuotedText.Shorten(name);
        return IsPlainName(name) ? parent + "." + name : parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
