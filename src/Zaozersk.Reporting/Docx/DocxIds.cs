using System.Text;

namespace Zaozersk.Reporting.Docx;

/// <summary>Stable identifiers for Word: style ids from model ids, relationship ids in creation order.</summary>
internal static class DocxIds
{
    /// <summary>«table-text» → «TableText»: Word's style ids are conventionally letters and digits.</summary>
    public static string Style(string id)
    {
        var result = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return result.ToString();
    }
}
