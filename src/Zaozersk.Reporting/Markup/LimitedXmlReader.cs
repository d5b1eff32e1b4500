using System.Xml;
using System.Xml.Schema;
using Zaozersk.Reporting.Localization;

namespace Zaozersk.Reporting.Markup;

/// <summary>
/// Passes an <see cref="XmlReader"/> through unchanged while enforcing <see cref="MarkupLimits"/>
/// element by element, so a limit stops the load at the offending element, before the tree
/// is built and before any recursive reading of it.
/// </summary>
internal sealed class LimitedXmlReader(XmlReader inner, MarkupLimits limits, Func<int, int, string, string, bool, MarkupException> fail) : XmlReader, IXmlLineInfo
{
    private readonly IXmlLineInfo? _lines = inner as IXmlLineInfo;

    // The names of the elements open around the current node (atomised by the reader, so not copied).
    private readonly List<string> _open = [];
    private int _blocks;

    /// <summary>
    /// The innermost element whose content is being read: while the next node is being read (and
    /// validated), the parent of that node, or the element its end tag closes.
    /// </summary>
    public string? OpenElement => _open.Count > 0 ? _open[^1] : null;

    public override bool Read()
    {
        if (!inner.Read())
        {
            return false;
        }

        switch (inner.NodeType)
        {
            case XmlNodeType.Element:
                Check();
                if (!inner.IsEmptyElement)
                {
                    _open.Add(inner.LocalName);
                }

                break;
            case XmlNodeType.EndElement when _open.Count > 0:
                _open.RemoveAt(_open.Count - 1);
                break;
        }

        return true;
    }

    private void Check()
    {
        if (inner.Depth + 1 > limits.MaxDepth)
        {
            var depth = MessageNumber.Count(limits.MaxDepth);
            throw Fail(Localized.Text(
                $"elements are nested more than {depth} levels deep (the markup nesting depth limit)",
                $"элементы вложены глубже {depth} {MessageNumber.RussianNoun(limits.MaxDepth, "уровня", "уровней", "уровней")} (предел вложенности разметки)"), pastBlockLimit: false);
        }

        if (inner.LocalName is "p" or "list" or "table" or "page-break" && ++_blocks > limits.MaxBlocks)
        {
            var blocks = MessageNumber.Count(limits.MaxBlocks);
            throw Fail(Localized.Text(
                $"the document has more than {blocks} paragraphs, lists and tables (the block limit)",
                $"в документе больше {blocks} {MessageNumber.RussianNoun(limits.MaxBlocks, "абзаца, списка и таблицы", "абзацев, списков и таблиц", "абзацев, списков и таблиц")} (предел числа блоков)"), pastBlockLimit: true);
        }
    }

    private MarkupException Fail(string reason, bool pastBlockLimit) => fail(LineNumber, LinePosition, inner.LocalName, reason, pastBlockLimit);

    public int LineNumber => _lines?.LineNumber ?? 0;

    public int LinePosition => _lines?.LinePosition ?? 0;

    public bool HasLineInfo() => _lines?.HasLineInfo() ?? false;

    public override int AttributeCount => inner.AttributeCount;

    public override string BaseURI => inner.BaseURI;

    public override int Depth => inner.Depth;

    public override bool EOF => inner.EOF;

    public override bool HasValue => inner.HasValue;

    public override bool IsDefault => inner.IsDefault;

    public override bool IsEmptyElement => inner.IsEmptyElement;

    public override string LocalName => inner.LocalName;

    public override string Name => inner.Name;

    public override string NamespaceURI => inner.NamespaceURI;

    public override XmlNameTable NameTable => inner.NameTable;

    public override XmlNodeType NodeType => inner.NodeType;

    public override string Prefix => inner.Prefix;

    public override ReadState ReadState => inner.ReadState;

    public override IXmlSchemaInfo? SchemaInfo => inner.SchemaInfo;

    public override XmlReaderSettings? Settings => inner.Settings;

    public override string Value => inner.Value;

    public override string XmlLang => inner.XmlLang;

    public override XmlSpace XmlSpace => inner.XmlSpace;

    public override string GetAttribute(int i) => inner.GetAttribute(i);

    public override string? GetAttribute(string name) => inner.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

    public override bool MoveToElement() => inner.MoveToElement();

    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

    public override bool ReadAttributeValue() => inner.ReadAttributeValue();

    public override void ResolveEntity() => inner.ResolveEntity();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
