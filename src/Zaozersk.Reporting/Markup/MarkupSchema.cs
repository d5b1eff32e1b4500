using System.Xml;
using System.Xml.Schema;

namespace Zaozersk.Reporting.Markup;

/// <summary>The markup XSD (templates/markup.xsd), embedded in the assembly and compiled once.</summary>
internal static class MarkupSchema
{
    public const string ResourceName = "Zaozersk.Reporting.Templates.markup.xsd";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile);

    // Each element name of the markup has one declaration (one type), wherever it may appear.
    private static readonly Lazy<Dictionary<string, XmlSchemaComplexType>> Types = new(ElementTypes);

    public static XmlSchemaSet Set => Compiled.Value;

    /// <summary>The type the schema declares for the attribute <paramref name="attribute"/> (no namespace) of <paramref name="element"/>; null when it has none.</summary>
    public static XmlSchemaSimpleType? AttributeType(string element, string attribute) =>
        Types.Value.TryGetValue(element, out var type) && type.AttributeUses[new XmlQualifiedName(attribute)] is XmlSchemaAttribute declared
            ? declared.AttributeSchemaType
            : null;

    /// <summary>The attributes the schema declares for <paramref name="element"/>, sorted.</summary>
    public static IReadOnlyList<string> AttributeNames(string element) =>
        Types.Value.TryGetValue(element, out var type)
            ? [.. type.AttributeUses.Names.Cast<XmlQualifiedName>().Select(n => n.Name).Order(StringComparer.Ordinal)]
            : [];

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
        ?? throw new InvalidOperationException(Localization.Localized.Text("the markup schema is missing from the assembly", "в сборке нет схемы разметки"));

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var stream = Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    private static Dictionary<string, XmlSchemaComplexType> ElementTypes()
    {
        var types = new Dictionary<string, XmlSchemaComplexType>(StringComparer.Ordinal);
        foreach (var element in Set.GlobalElements.Values.OfType<XmlSchemaElement>())
        {
            Add(element, types);
        }

        return types;
    }

    private static void Add(XmlSchemaElement element, Dictionary<string, XmlSchemaComplexType> types)
    {
        if (element.ElementSchemaType is not XmlSchemaComplexType type || !types.TryAdd(element.QualifiedName.Name, type))
        {
            return;
        }

        AddParticle(type.ContentTypeParticle, types);
    }

    private static void AddParticle(XmlSchemaParticle? particle, Dictionary<string, XmlSchemaComplexType> types)
    {
        switch (particle)
        {
            case XmlSchemaElement element:
                Add(element, types);
                break;
            case XmlSchemaGroupBase group:
                foreach (var item in group.Items.OfType<XmlSchemaParticle>())
                {
                    AddParticle(item, types);
                }

                break;
        }
    }
}
