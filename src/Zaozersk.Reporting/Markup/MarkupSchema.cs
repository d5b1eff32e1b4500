using System.Xml;
using System.Xml.Schema;

namespace Zaozersk.Reporting.Markup;

/// <summary>The markup XSD (templates/markup.xsd), embedded in the assembly and compiled once.</summary>
internal static class MarkupSchema
{
    public const string ResourceName = "Zaozersk.Reporting.Templates.markup.xsd";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile);

    public static XmlSchemaSet Set => Compiled.Value;

    /// <summary>The XSD text, for exporting next to user templates.</summary>
    public static string Text
    {
        get
        {
            using var stream = Open();
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    private static Stream Open() =>
        typeof(MarkupSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException("the markup schema is missing from the assembly");

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var stream = Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
