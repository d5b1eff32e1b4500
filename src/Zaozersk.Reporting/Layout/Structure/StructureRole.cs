namespace Zaozersk.Reporting.Layout;

/// <summary>The standard structure types (ISO 32000-1, 14.8.4) a tagged PDF gives the document's parts.</summary>
internal enum StructureRole
{
    /// <summary>The whole document, the root of the tree.</summary>
    Document,

    /// <summary>The document's title.</summary>
    H1,

    /// <summary>A paragraph.</summary>
    P,

    /// <summary>A table.</summary>
    Table,

    /// <summary>A table's header rows (written by the PDF writer, not the layout).</summary>
    THead,

    /// <summary>A group of a table's body rows (written by the PDF writer, not the layout).</summary>
    TBody,

    /// <summary>A table row.</summary>
    TR,

    /// <summary>A header cell.</summary>
    TH,

    /// <summary>A data cell.</summary>
    TD,

    /// <summary>A list.</summary>
    L,

    /// <summary>A list item.</summary>
    LI,

    /// <summary>A list item's bullet.</summary>
    Lbl,

    /// <summary>A list item's text.</summary>
    LBody,

    /// <summary>A hyperlink: its text and its annotation.</summary>
    Link,

    /// <summary>A group of an element's parts past PDF/A-1's array limit (written by the PDF writer, not the layout).</summary>
    Div,

    /// <summary>A group of a paragraph's runs of text past PDF/A-1's array limit (written by the PDF writer, not the layout).</summary>
    Span,
}
