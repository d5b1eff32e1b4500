using System.Globalization;
using System.Xml;
using Zaozersk.Reporting.Documents;
using Zaozersk.Reporting.Packaging;

namespace Zaozersk.Reporting.Docx;

/// <summary>The package-level parts of a DOCX: content types, relationships, core and app properties.</summary>
internal static class DocxPackage
{
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string WordprocessingContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /// <summary>A relationship: id, type (short name under officeDocument/2006/relationships or a full URI), target, external or not.</summary>
    public sealed record Relationship(string Id, string Type, string Target, bool External = false);

    public static string ContentTypes(IEnumerable<(string PartName, string Kind)> wordParts) => XmlPart.Write(w =>
    {
        w.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
        Default(w, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(w, "xml", "application/xml");
        foreach (var (partName, kind) in wordParts)
        {
            Override(w, partName, WordprocessingContentType + kind + "+xml");
        }

        Override(w, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override(w, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        w.WriteEndElement();
    });

    public static string Relationships(IEnumerable<Relationship> relationships) => XmlPart.Write(w =>
    {
        w.WriteStartElement("Relationships", PackageRelationships);
        foreach (var relationship in relationships)
        {
            w.WriteStartElement("Relationship", PackageRelationships);
            w.WriteAttributeString("Id", relationship.Id);
            w.WriteAttributeString("Type", relationship.Type.Contains("://", StringComparison.Ordinal) ? relationship.Type : RelationshipNamespace + "/" + relationship.Type);
            w.WriteAttributeString("Target", relationship.Target);
            if (relationship.External)
            {
                w.WriteAttributeString("TargetMode", "External");
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    public static IEnumerable<Relationship> RootRelationships() =>
    [
        new("rId1", "officeDocument", "word/document.xml"),
        new("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        new("rId3", "extended-properties", "docProps/app.xml"),
    ];

    /// <summary>Core properties from the document's metadata; dates only when the input has one, never the clock.</summary>
    public static string Core(DocumentInfo info) => XmlPart.Write(w =>
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        w.WriteStartElement("cp", "coreProperties", cp);
        w.WriteAttributeString("xmlns", "dc", null, dc);
        w.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        w.WriteAttributeString("xmlns", "xsi", null, xsi);
        Optional(w, "dc", "title", dc, info.Title);
        Optional(w, "dc", "subject", dc, info.Subject);
        Optional(w, "dc", "creator", dc, info.Author);
        Optional(w, "cp", "keywords", cp, info.Keywords);
        Optional(w, "dc", "language", dc, info.Language);
        if (info.Created is { } created)
        {
            var stamp = created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
            WriteDate(w, "created", stamp);
            WriteDate(w, "modified", stamp);
        }

        w.WriteEndElement();
    });

    private static void WriteDate(XmlWriter w, string name, string stamp)
    {
        w.WriteStartElement("dcterms", name, "http://purl.org/dc/terms/");
        w.WriteAttributeString("xsi", "type", "http://www.w3.org/2001/XMLSchema-instance", "dcterms:W3CDTF");
        w.WriteString(stamp);
        w.WriteEndElement();
    }

    public static string App(string application) => XmlPart.Write(w =>
    {
        w.WriteStartElement("Properties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
        w.WriteElementString("Application", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", application);
        w.WriteEndElement();
    });

    private static void Default(XmlWriter w, string extension, string contentType)
    {
        w.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("Extension", extension);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Override(XmlWriter w, string partName, string contentType)
    {
        w.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
        w.WriteAttributeString("PartName", partName);
        w.WriteAttributeString("ContentType", contentType);
        w.WriteEndElement();
    }

    private static void Optional(XmlWriter w, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteElementString(prefix, name, ns, value);
        }
    }
}
