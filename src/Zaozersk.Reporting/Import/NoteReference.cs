namespace Zaozersk.Reporting.Import;

/// <summary>A footnote or endnote mark in the text: which note it calls.</summary>
/// <param name="Endnote">Whether it calls an endnote (otherwise a footnote).</param>
/// <param name="Id">The note's id in its part (w:id).</param>
internal readonly record struct NoteReference(bool Endnote, string Id);
