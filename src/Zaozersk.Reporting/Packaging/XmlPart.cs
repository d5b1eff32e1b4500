using System.Text;
using System.Xml;

namespace Zaozersk.Reporting.Packaging;

/// <summary>Small XML parts written by hand with fixed settings, so their bytes never vary.</summary>
internal static class XmlPart
{
    public static string Write(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = false,
            NewLineHandling = NewLineHandling.Entitize,
            OmitXmlDeclaration = true,
        };
        using (var writer = XmlWriter.Create(text, settings))
        {
            write(writer);
        }

        return Declaration + text;
    }

    /// <summary>The declaration Word writes: UTF-8, standalone.</summary>
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
}
