using System.Xml;

namespace Zaozersk.Reporting.Import;

/// <summary>
/// Steps through the elements inside the reader's current element, in document order, stopping at
/// its end tag. A caller that reads or skips an element consumes it; one that does not sees its
/// descendants next. No allocation: the importer walks every element of the document.
/// </summary>
internal struct ElementWalk(XmlReader reader)
{
    private readonly int _depth = reader.Depth;
    private readonly bool _empty = reader.IsEmptyElement;
    private bool _done;

    /// <summary>The WordprocessingML name of the current element, or null for another namespace.</summary>
    public readonly string? Name => reader.NamespaceURI == WordBodyReader.W ? reader.LocalName : null;

    /// <summary>Moves to the next element inside; false at the end tag of the walked element.</summary>
    public bool MoveNext()
    {
        if (_empty || _done)
        {
            return false;
        }

        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == _depth)
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }
        }

        _done = true;
        return false;
    }
}
