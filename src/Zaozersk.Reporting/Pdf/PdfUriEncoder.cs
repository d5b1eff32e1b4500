using System.Globalization;
using System.Text;

namespace Zaozersk.Reporting.Pdf;

/// <summary>
/// Writes a link address the way a PDF /URI holds it: 7-bit ASCII (PDF 32000, 12.6.4.8). The host
/// goes through IDNA («госуслуги.рф» → «xn--c1aapkosapc.xn--p1ai»), everything else that is not
/// printable ASCII is percent-encoded UTF-8, as in a browser's address bar.
/// </summary>
internal static class PdfUriEncoder
{
    /// <summary>The ASCII form of <paramref name="target"/>.</summary>
    public static string Encode(Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.IsAbsoluteUri)
        {
            return Escape(target.OriginalString);
        }

        // Addresses without a «//host» part (mailto:, urn:) have no host to convert.
        if (target.GetLeftPart(UriPartial.Authority).Length == 0)
        {
            return Escape(target.AbsoluteUri);
        }

        var address = new StringBuilder(target.OriginalString.Length + 16);
        address.Append(target.Scheme).Append("://");
        var userInfo = target.GetComponents(UriComponents.UserInfo, UriFormat.UriEscaped);
        if (userInfo.Length > 0)
        {
            address.Append(Escape(userInfo)).Append('@');
        }

        address.Append(AsciiHost(target));
        if (!target.IsDefaultPort)
        {
            address.Append(':').Append(target.Port.ToString(CultureInfo.InvariantCulture));
        }

        address.Append(Escape(target.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped)));
        return address.ToString();
    }

    private static string AsciiHost(Uri target)
    {
        if (target.HostNameType != UriHostNameType.Dns)
        {
            return target.Host; // IPv4 and bracketed IPv6 are ASCII already
        }

        var host = target.IdnHost;
        if (Ascii.IsValid(host))
        {
            return host;
        }

        try
        {
            // IdnMapping instances are not documented as thread-safe; renderers run in parallel, so one per call.
            return new IdnMapping().GetAscii(target.Host);
        }
        catch (ArgumentException)
        {
            // Not a valid international name: its UTF-8 bytes, percent-encoded, still reach a browser unchanged.
            return Escape(target.Host);
        }
    }

    /// <summary>Percent-encodes the UTF-8 bytes of every character that is not printable ASCII; keeps existing escapes as they are.</summary>
    private static string Escape(string text)
    {
        var plain = true;
        foreach (var c in text)
        {
            if (c is <= ' ' or >= '\u007F')
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                escaped.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            for (var b = 0; b < count; b++)
            {
                escaped.Append('%').Append(bytes[b].ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }
}
